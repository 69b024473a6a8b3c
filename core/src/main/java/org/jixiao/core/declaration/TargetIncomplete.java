package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Text;

/**
 * A quantitative indicator needs an operator, a number and a unit (an error): "≥" with no number, "95" with no
 * operator, "30" with no unit cannot be evaluated. A target in words is qualitative and another check's concern.
 */
public final class TargetIncomplete implements PerIndicatorCheck {
    public static final String CODE = "DECLARATION_TARGET_INCOMPLETE";
    private static final java.util.regex.Pattern OPERATOR_FIRST = java.util.regex.Pattern.compile("[≥≤=><＞＜≧≦]");

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public Finding find(DeclaredIndicator i, Place place, DeclarationContext ctx) {
        String missing = missing(i.target());
        return missing == null ? null : Finding.of(CODE, missing, Severity.ERROR, place, i.name(), i.target().text());
    }

    /** Which part a target lacks ("value", "operator", "unit"), or null when it is complete or in words. */
    static String missing(Target t) {
        if (t.value() == null) {
            // an operator printed with no number ("≥", "≥次"), or a unit with no number (read as a quantity without
            // its value: operator NONE), promised a quantity; words alone are qualitative
            return Text.isBlank(t.text()) || t.operator() != Operator.QUALITATIVE
                    || OPERATOR_FIRST.matcher(t.text().strip()).lookingAt() ? "value" : null;
        }
        if (t.operator() == Operator.NONE) {
            return "operator";
        }
        return Text.isBlank(t.unit()) ? "unit" : null;
    }
}
