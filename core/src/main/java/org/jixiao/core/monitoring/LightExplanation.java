package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a light is what it is, kept as data and rendered in Chinese or English when shown:
 * "2 ÷ (8 × 7/12) = 42.9 % → 红". Lights and likelihoods among the figures are named in the reader's language.
 */
public record LightExplanation(LightFormula formula, Object[] args) {
    private static final String BUNDLE = "org.jixiao.core.monitoring.lights";

    public static LightExplanation of(LightFormula formula, Object... args) {
        return new LightExplanation(formula, args);
    }

    public String render(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            shown[i] = a instanceof BigDecimal d ? d.toPlainString()
                    : a instanceof Light l ? l.label(locale)
                    : a instanceof Likelihood k ? k.label(locale)
                    : String.valueOf(a);
        }
        return new MessageFormat(bundle.getString(formula.name()), locale).format(shown);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LightExplanation e && e.formula == formula && Arrays.equals(e.args, args);
    }

    @Override
    public int hashCode() {
        return formula.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return render(Locale.CHINESE);
    }
}
