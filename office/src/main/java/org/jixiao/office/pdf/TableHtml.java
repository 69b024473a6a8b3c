package org.jixiao.office.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The official table's figures and text as every rendering prints them: a figure with its decimals (the PDF, the web
 * page's grid), and text escaped for HTML or XML (the web page, the command line's HTML report).
 */
public final class TableHtml {
    private TableHtml() {
    }

    /**
     * A figure with two decimals, as the forms print them; one reported with more keeps them all (2077.604168),
     * since the table shows what the unit reported, not a rounding of it.
     */
    public static String figure(BigDecimal n) {
        return n.scale() < 2 ? n.setScale(2, RoundingMode.HALF_UP).toPlainString() : n.toPlainString();
    }

    /**
     * Text as element content or a quoted attribute value of HTML or XML, null as nothing; control characters XML does
     * not allow are dropped. Also what the command line's HTML report escapes untrusted table text with.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
