package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jixiao.core.scoring.Explanation;

/**
 * What a re-check found: a stable code, a severity, a place and the figures behind it. The message is rendered in
 * Chinese or English only when shown, from {@code findings.properties} / {@code findings_en.properties}, whose
 * key is the code (or {@code code.variant}).
 *
 * @param code     stable code, e.g. {@code ARITHMETIC_TOTAL}
 * @param variant  which message of the code, "" for the default
 * @param severity how much it matters
 * @param place    where it is
 * @param args     the figures (BigDecimal) and words (String) the message shows, in the template's order
 */
public record Finding(String code, String variant, Severity severity, Place place, Object[] args) {

    private static final String BUNDLE = "org.jixiao.core.checks.findings";

    public static Finding of(String code, Severity severity, Place place, Object... args) {
        return new Finding(code, "", severity, place, args);
    }

    public static Finding of(String code, String variant, Severity severity, Place place, Object... args) {
        return new Finding(code, variant, severity, place, args);
    }

    /** The message in "zh" or "en": what is wrong, the figures behind it, what to do. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = key();
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = render(args[i], locale);
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /** Arguments stay data until shown: figures in plain notation, words and explanations in the reader's language. */
    private static String render(Object arg, Locale locale) {
        if (arg == null) {
            return "—";
        }
        if (arg instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (arg instanceof Term t) {
            return t.in(locale);
        }
        if (arg instanceof Explanation e) {
            return e.render(locale);
        }
        return String.valueOf(arg);
    }

    /** The message key: the code, or code.variant. */
    public String key() {
        return variant.isEmpty() ? code : code + "." + variant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.code.equals(code) && f.variant.equals(variant) && f.severity == severity
                && f.place.equals(place) && Arrays.equals(f.args, args);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + place.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + place + " " + message(Locale.ROOT);
    }
}
