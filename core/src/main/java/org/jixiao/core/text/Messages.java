package org.jixiao.core.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of one bundle: {@code name.properties} in Chinese (the default) and {@code name_en.properties} in
 * English, UTF-8, each key a {@link MessageFormat} template whose {n} are the arguments in order. A message is
 * rendered in the reader's language only when shown; {@link #both} gives the two languages in one line where the
 * reader's language is not known (an exception's message, a usage error).
 *
 * <p>Arguments are shown as they were concatenated before: a BigDecimal in plain notation, any other value by
 * {@code String.valueOf} — no grouping of figures, no localised numbers.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    public static final Locale ZH = Locale.ROOT;
    public static final Locale EN = Locale.ENGLISH;
    /** The core's messages other than the findings': scheme files refused, the scheme chosen, rules of the lifecycle. */
    public static final Messages CORE = new Messages("org.jixiao.core.messages");

    private final String baseName;

    /** @param baseName the bundle, e.g. {@code org.jixiao.core.scoring.schemes} */
    public Messages(String baseName) {
        this.baseName = baseName;
    }

    /** English where the locale's language is "en", Chinese otherwise (as {@code --lang} has always read). */
    public static boolean english(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    /** The message in the reader's language. */
    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, english(locale) ? EN : ZH, NO_FALLBACK);
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i], locale);
        }
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(shown);
    }

    public String zh(String key, Object... args) {
        return get(ZH, key, args);
    }

    public String en(String key, Object... args) {
        return get(EN, key, args);
    }

    /** "中文 / English", for a message shown before, or without, the reader's language. */
    public String both(String key, Object... args) {
        return zh(key, args) + " / " + en(key, args);
    }

    /** "English / 中文", where that order was the message's. */
    public String bothEnglishFirst(String key, Object... args) {
        return en(key, args) + " / " + zh(key, args);
    }

    /** An argument that is itself a message of this bundle, shown in the same language as the one around it. */
    public record Nested(String key, Object... args) {
    }

    public static Nested nested(String key, Object... args) {
        return new Nested(key, args);
    }

    private String shown(Object arg, Locale locale) {
        if (arg instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (arg instanceof Nested n) {
            return get(locale, n.key(), n.args());
        }
        return String.valueOf(arg);
    }
}
