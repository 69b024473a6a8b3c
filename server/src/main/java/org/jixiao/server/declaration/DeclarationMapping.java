package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.declaration.DeclaredGoals;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.declaration.ProjectAttribute;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Text;
import org.springframework.validation.Errors;

/**
 * The API's and the form's declaration ⇄ the core's {@link Declaration}, with the field errors of what cannot be
 * one (a missing project, an unknown operator or attribute, a negative amount, a weight over 100, too many rows).
 */
final class DeclarationMapping {
    static final int MAX_INDICATORS = 200;

    private DeclarationMapping() {
    }

    /**
     * The core's declaration of the input, the header's department and unit taken from the organisation where the
     * input names none; problems go into {@code errors} by field name.
     */
    static Declaration toCore(DeclarationInput in, String department, String unit, Errors errors) {
        required(in.year(), "year", errors);
        if (in.year() != null && (in.year() < 2000 || in.year() > 2100)) {
            errors.rejectValue("year", "validation.year");
        }
        if (Text.isBlank(in.project())) {
            errors.rejectValue("project", "validation.required");
        }
        length(in.project(), 500, "project", errors);
        length(in.projectCode(), 50, "projectCode", errors);
        length(in.department(), 200, "department", errors);
        length(in.unit(), 200, "unit", errors);
        length(in.manager(), 100, "manager", errors);
        length(in.phone(), 50, "phone", errors);
        ProjectAttribute attribute = null;
        if (!Text.isBlank(in.attribute())) {
            attribute = ProjectAttribute.parse(in.attribute());
            if (attribute == null) {
                errors.rejectValue("attribute", "declaration.validation.attribute");
            }
        }
        CurrencyUnit currency = CurrencyUnit.WAN_YUAN;
        if (!Text.isBlank(in.currencyUnit())) {
            currency = currency(in.currencyUnit());
            if (currency == null) {
                errors.rejectValue("currencyUnit", "declaration.validation.currency");
            }
        }
        DeclaredFunding annual = funding(in.funding(), "funding", errors);
        DeclaredFunding midterm = funding(in.midtermFunding(), "midtermFunding", errors);
        String annualGoal = in.goals() == null ? "" : in.goals().annual();
        String midtermGoal = in.goals() == null ? "" : in.goals().midterm();
        length(annualGoal, 20000, "goals.annual", errors);
        length(midtermGoal, 20000, "goals.midterm", errors);
        List<DeclaredIndicator> indicators = new ArrayList<>();
        if (in.indicators() == null) {
            errors.rejectValue("indicators", "validation.required");
        } else if (in.indicators().size() > MAX_INDICATORS) {
            errors.rejectValue("indicators", "validation.tooManyRows");
        } else {
            for (int n = 0; n < in.indicators().size(); n++) {
                // a row refused is still kept, as read, so the findings of the rows after it stay on their rows
                indicators.add(indicator(in.indicators().get(n), "indicators[" + n + "].", errors));
            }
        }
        DeclarationHeader header = new DeclarationHeader(in.project(), in.projectCode(),
                Text.isBlank(in.department()) ? department : in.department(), Text.isBlank(in.unit()) ? unit : in.unit(),
                in.year(), currency, attribute, in.firstYear(), in.lastYear(), in.manager(), in.phone());
        return new Declaration(header, annual, midterm, new DeclaredGoals(annualGoal, midtermGoal), indicators);
    }

    /**
     * One indicator of an adjustment or a declaration, as far as it can be read; what cannot be is in {@code errors}
     * (an unknown operator is left out, a weight out of range dropped).
     */
    static DeclaredIndicator indicator(DeclarationInput.IndicatorInput i, String prefix, Errors errors) {
        if (i == null) {
            errors.rejectValue(prefix.substring(0, prefix.length() - 1), "validation.required");
            return new DeclaredIndicator(0, "", null, "", Target.parse(""), null, "", "");
        }
        if (Text.isBlank(i.level1())) {
            errors.rejectValue(prefix + "level1", "validation.required");
        }
        if (Text.isBlank(i.name())) {
            errors.rejectValue(prefix + "name", "validation.required");
        }
        length(i.level1(), 100, prefix + "level1", errors);
        length(i.level2(), 100, prefix + "level2", errors);
        length(i.name(), 500, prefix + "name", errors);
        length(i.target(), 1000, prefix + "target", errors);
        length(i.unit(), 50, prefix + "unit", errors);
        length(i.standard(), 4000, prefix + "standard", errors);
        length(i.explanation(), 4000, prefix + "explanation", errors);
        Operator op = operator(i.operator());
        if (!Text.isBlank(i.operator()) && op == null) {
            errors.rejectValue(prefix + "operator", "declaration.validation.operator");
        }
        BigDecimal weight = i.weight();
        if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.rejectValue(prefix + "weight", "validation.weightMax");
            weight = null;
        }
        return new DeclaredIndicator(0, i.level1(), i.level2(), i.name(), target(op, i.target(), i.unit()), weight,
                i.standard(), i.explanation());
    }

    /**
     * The target of the three printed columns: 定性 keeps the words; a sign with a number and unit is quantitative; a
     * sign with no number leaves the value blank, which the declaration checks report (TARGET_INCOMPLETE).
     */
    static Target target(Operator op, String value, String unit) {
        String v = value == null ? "" : value.strip();
        if (op == Operator.QUALITATIVE) {
            return new Target(Operator.QUALITATIVE, null, "", v);
        }
        Target t = Target.of(op == null ? null : op.symbol(), v, unit);
        if (!t.isQuantitative() && op != null && v.isEmpty()) {
            // a sign without its number: a quantitative target not yet complete
            return new Target(op, null, unit == null ? "" : unit.strip(), op.symbol() + (unit == null ? "" : unit.strip()));
        }
        return t;
    }

    /** An operator as printed ({@code >=}, {@code ≥}, {@code 定性}) or as the enum's name ({@code GE}); null when neither. */
    static Operator operator(String text) {
        if (Text.isBlank(text)) {
            return null;
        }
        for (Operator o : Operator.values()) {
            if (o.name().equalsIgnoreCase(text.strip())) {
                return o == Operator.NONE ? null : o;
            }
        }
        return Operator.parse(text);
    }

    /** The operator as printed: the sign, 定性, or "" for a number printed without one. */
    static String printed(Operator op) {
        return op == null ? "" : op.symbol();
    }

    static CurrencyUnit currency(String text) {
        for (CurrencyUnit c : CurrencyUnit.values()) {
            if (c.name().equalsIgnoreCase(text.strip()) || c.label().equals(text.strip())) {
                return c;
            }
        }
        return null;
    }

    /** The core's declaration as the API gives it back. */
    static DeclarationInput toInput(Declaration d, Long organisationId) {
        DeclarationHeader h = d.header();
        List<DeclarationInput.IndicatorInput> indicators = d.indicators().stream().map(DeclarationMapping::toInput).toList();
        return new DeclarationInput(organisationId, h.year(), h.project(), h.projectCode(),
                h.attribute() == null ? null : h.attribute().label(), h.department(), h.unit(),
                h.currencyUnit() == null ? null : h.currencyUnit().label(), h.firstYear(), h.lastYear(), h.manager(), h.phone(),
                funding(d.annualFunding()), funding(d.midtermFunding()),
                new DeclarationInput.Goals(d.goals().annual(), d.goals().midterm()), indicators);
    }

    static DeclarationInput.IndicatorInput toInput(DeclaredIndicator i) {
        Target t = i.target();
        String value = t.isQuantitative() ? t.value().toPlainString() : t.value() == null && t.operator() != Operator.QUALITATIVE
                ? "" : t.text();
        return new DeclarationInput.IndicatorInput(i.level1(), i.level2(), i.name(),
                t.isQuantitative() || t.operator() != Operator.QUALITATIVE ? printed(t.operator()) : Operator.QUALITATIVE.symbol(),
                value, t.isQuantitative() || t.operator() != Operator.QUALITATIVE ? t.unit() : "", i.weight(), i.standard(),
                i.explanation());
    }

    /** The core's adjustment of the input; problems go into {@code errors} by field name. */
    static org.jixiao.core.declaration.Adjustment toAdjustment(AdjustmentInput in, Errors errors) {
        length(in.goals(), 20000, "goals", errors);
        length(in.explanation(), 20000, "explanation", errors);
        amount(in.amount(), "amount", errors);
        List<org.jixiao.core.declaration.IndicatorChange> changes = new ArrayList<>();
        if (in.changes() != null && in.changes().size() > MAX_INDICATORS) {
            errors.rejectValue("changes", "validation.tooManyRows");
        } else if (in.changes() != null) {
            for (int n = 0; n < in.changes().size(); n++) {
                AdjustmentInput.ChangeInput c = in.changes().get(n);
                String p = "changes[" + n + "].";
                var kind = c == null ? null : changeKind(c.change());
                if (kind == null) {
                    errors.rejectValue(p + "change", "declaration.validation.change");
                    continue;
                }
                if (kind != org.jixiao.core.declaration.IndicatorChange.Kind.ADD
                        && (c.indicatorIndex() == null || c.indicatorIndex() < 0)) {
                    errors.rejectValue(p + "indicatorIndex", "validation.required");
                    continue;
                }
                DeclaredIndicator indicator = null;
                if (kind != org.jixiao.core.declaration.IndicatorChange.Kind.DELETE) {
                    if (c.indicator() == null) {
                        errors.rejectValue(p + "indicator", "validation.required");
                        continue;
                    }
                    int before = errors.getErrorCount();
                    indicator = indicator(c.indicator(), p + "indicator.", errors);
                    if (errors.getErrorCount() > before) {
                        continue;
                    }
                }
                changes.add(new org.jixiao.core.declaration.IndicatorChange(kind,
                        kind == org.jixiao.core.declaration.IndicatorChange.Kind.ADD ? null : c.indicatorIndex(), indicator));
            }
        }
        if (Text.isBlank(in.goals()) && in.amount() == null && changes.isEmpty() && !errors.hasErrors()) {
            errors.rejectValue("changes", "declaration.validation.emptyAdjustment");
        }
        return new org.jixiao.core.declaration.Adjustment(in.goals(), in.explanation(), in.amount(), changes);
    }

    static org.jixiao.core.declaration.IndicatorChange.Kind changeKind(String text) {
        if (Text.isBlank(text)) {
            return null;
        }
        for (var k : org.jixiao.core.declaration.IndicatorChange.Kind.values()) {
            if (k.name().equalsIgnoreCase(text.strip()) || k.label().equals(text.strip())) {
                return k;
            }
        }
        return null;
    }

    private static DeclarationInput.Funding funding(DeclaredFunding f) {
        return f.isEmpty() ? null : new DeclarationInput.Funding(f.total(), f.fiscal(), f.other());
    }

    private static DeclaredFunding funding(DeclarationInput.Funding f, String field, Errors errors) {
        if (f == null) {
            return DeclaredFunding.none();
        }
        amount(f.total(), field + ".total", errors);
        amount(f.fiscal(), field + ".fiscal", errors);
        amount(f.other(), field + ".other", errors);
        return new DeclaredFunding(f.total(), f.fiscal(), f.other());
    }

    private static void amount(BigDecimal a, String field, Errors errors) {
        if (a != null && a.signum() < 0) {
            errors.rejectValue(field, "validation.notNegative");
        } else if (a != null && (a.precision() - a.scale() > 18 || a.scale() > 6)) {
            errors.rejectValue(field, "validation.digits");
        }
    }

    private static void required(Object value, String field, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "validation.required");
        }
    }

    private static void length(String s, int max, String field, Errors errors) {
        if (s != null && s.length() > max) {
            errors.rejectValue(field, "declaration.validation.tooLong", new Object[] {max}, null);
        }
    }
}
