package org.jixiao.formats.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table published inside a web page: rows become lines and cells tabs; scripts, styles and the rest of the
 * page's markup go. Inline markup left in extracted text ({@code <p>} around a goal) is dropped too.
 */
final class WebPage {
    private static final Pattern TABLE_MARKUP = Pattern.compile("<\\s*(table|tr|td|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<(script|style|head|noscript)\\b.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ROW_END = Pattern.compile("</\\s*tr\\s*>|<\\s*br\\s*/?>|</\\s*(p|div|h[1-6]|li|caption)\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_END = Pattern.compile("</\\s*t[dh]\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_SPAN = Pattern.compile("<\\s*t[dh]\\b[^>]*\\bcolspan\\s*=\\s*[\"']?(\\d+)[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern INLINE_TAG = Pattern.compile("</?\\s*(p|br|span|b|strong|font|div|em|i|u)\\b[^>]{0,500}>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

    private WebPage() {
    }

    static boolean isPage(String text) {
        return TABLE_MARKUP.matcher(text).find();
    }

    /** The page's tables as tab-separated lines, the rest of its text as lines. */
    static String toDelimitedText(String html) {
        String s = COMMENT.matcher(html).replaceAll("");
        s = SCRIPT.matcher(s).replaceAll("");
        s = s.replaceAll("[\\r\\n]+", " ");
        s = expandColspans(s);
        s = CELL_END.matcher(s).replaceAll("\t");
        s = ROW_END.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return unescape(s);
    }

    /** Drops inline markup that extraction left inside cells. */
    static String stripInlineMarkup(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        return unescape(INLINE_TAG.matcher(text).replaceAll(""));
    }

    /** A merged cell spans several columns: leave the spare columns empty so positions stay aligned. */
    private static String expandColspans(String s) {
        Matcher m = CELL_SPAN.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int span = Math.min(Integer.parseInt(m.group(1)), 50);
            m.appendReplacement(b, Matcher.quoteReplacement("\t".repeat(Math.max(0, span - 1)) + m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = codePoint(e.substring(2), 16);
            } else if (e.startsWith("#")) {
                r = codePoint(e.substring(1), 10);
            } else {
                r = switch (e) {
                    case "nbsp", "ensp", "emsp" -> " ";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "ge" -> "≥";
                    case "le" -> "≤";
                    case "mdash" -> "—";
                    case "ndash" -> "–";
                    case "copy" -> "©";
                    case "reg" -> "®";
                    case "times" -> "×";
                    case "middot" -> "·";
                    case "hellip" -> "…";
                    case "ldquo" -> "“";
                    case "rdquo" -> "”";
                    case "lsquo" -> "‘";
                    case "rsquo" -> "’";
                    case "yen" -> "¥";
                    default -> m.group();
                };
            }
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            return new String(Character.toChars(Integer.parseInt(digits, radix)));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
