package org.jixiao.cli.report;

/**
 * Text from published tables is untrusted: what goes into the report's script goes through here, what goes into its
 * markup through {@link org.jixiao.office.pdf.TableHtml#escape}, the escaping the PDF template already uses.
 */
final class Html {
    private Html() {
    }

    /** A JavaScript string literal safe inside a script element: no quote, backslash, tag or line break escapes it. */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
