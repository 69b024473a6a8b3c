package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jixiao.core.evaluation.Operator;

/**
 * Why a score is what it is: the formula and the figures that went into it, kept as data and rendered in
 * Chinese or English only when shown ("15 × 13.95 / 25 = 8.37").
 *
 * @param formula the formula
 * @param args    its figures (BigDecimal) and words (String), in the template's order
 * @param assumed the operator assumed for a target printed without one, or null
 */
public record Explanation(Formula formula, Object[] args, Operator assumed) {

    private static final String BUNDLE = "org.jixiao.core.scoring.explanations";

    public static Explanation of(Formula formula, Object... args) {
        return new Explanation(formula, args, null);
    }

    public Explanation assuming(Operator op) {
        return new Explanation(formula, args, op);
    }

    /** Renders in the given language ("zh" or "en"). */
    public String render(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof BigDecimal d ? d.toPlainString()
                    : args[i] instanceof Explanation inner ? inner.render(locale) : String.valueOf(args[i]);
        }
        String text = new MessageFormat(bundle.getString(formula.key()), locale).format(shown);
        if (assumed != null) {
            String prefix = bundle.getString(assumed.isReverse() ? "ASSUMED_REVERSE" : "ASSUMED_AT_LEAST");
            return prefix + text;
        }
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && e.formula == formula && Arrays.equals(e.args, args) && e.assumed == assumed;
    }

    @Override
    public int hashCode() {
        return formula.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return render(Locale.ROOT);
    }
}
