package org.jixiao.office.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.office.table.Cell;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.Style;

/**
 * Official tables as XHTML: the one template for the screen and for PDF, so both show the same form. Every text is
 * escaped; the result is well-formed XML, as the PDF renderer requires.
 */
public final class TableHtml {
    static final String FONT_FAMILY = "jixiao-cjk";

    /*
     * Portrait, as the national 自评表 is printed, and tight rows so that a table of up to about twenty indicators
     * fits one page. The title and caption rows stay inside the table, where the tagged-PDF reader finds 编制单位,
     * 公开N表 and 金额单位, but in its body, so nothing repeats on a following page: the indicator column headers
     * stand in the middle of the table, so no leading rows are a header worth repeating, and the repeated title drew
     * over the grid. The table is still paginated (-fs-table-paginate), or a row running past the page's end is cut
     * off instead of continuing on the next page.
     */
    private static final String CSS = """
            @page { size: A4 portrait; margin: 10mm 9mm 12mm 9mm;
              @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-family: '%s'; font-size: 8pt; } }
            body { font-family: '%s', sans-serif; font-size: 8.5pt; line-height: 1.15; }
            section { page-break-after: always; }
            section:last-child { page-break-after: auto; }
            table { width: 100%%; border-collapse: collapse; table-layout: fixed; -fs-table-paginate: paginate; }
            td { border: 0.5pt solid #000; padding: 0.5pt 2pt; vertical-align: middle; word-wrap: break-word; }
            td.title { border: none; text-align: center; font-size: 15pt; font-weight: bold; padding: 0 0 3pt 0; }
            td.caption { border: none; padding: 0 1pt 2pt 1pt; }
            td.label { font-weight: bold; text-align: center; background: #eee; }
            td.money, td.figure { text-align: right; }
            """;

    private TableHtml() {
    }

    /** A whole document, one table per page where it fits. */
    public static String document(List<OfficialTable> tables) {
        StringBuilder out = new StringBuilder(16_384 * Math.max(1, tables.size()));
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(escape(tables.isEmpty() ? "" : tables.get(0).title()))
                .append("</title><style>").append(String.format(CSS, FONT_FAMILY, FONT_FAMILY))
                .append("</style></head><body>");
        for (OfficialTable t : tables) {
            section(t, out);
        }
        return out.append("</body></html>").toString();
    }

    /** One table as a {@code <section>}: what a web page embeds. */
    public static void section(OfficialTable t, StringBuilder out) {
        out.append("<section><table><colgroup>");
        int total = 0;
        for (int w : t.widths()) {
            total += w;
        }
        for (int w : t.widths()) {
            out.append("<col style=\"width:").append(String.format("%.2f", 100.0 * w / total)).append("%\"/>");
        }
        // No <thead>: see the stylesheet for why nothing repeats on the next page.
        out.append("</colgroup><tbody>");
        Cell[][] layout = t.layout();
        for (int r = 0; r < layout.length; r++) {
            row(layout[r], r < t.headerRows(), out);
        }
        out.append("</tbody></table></section>");
    }

    private static void row(Cell[] columns, boolean header, StringBuilder out) {
        out.append("<tr>");
        for (Cell c : columns) {
            if (c == OfficialTable.SPANNED) {
                continue;
            }
            if (c == null) {
                out.append(header ? "<td class=\"caption\"></td>" : "<td></td>");
                continue;
            }
            out.append("<td class=\"").append(c.style().name().toLowerCase()).append('"');
            if (c.colSpan() > 1) {
                out.append(" colspan=\"").append(c.colSpan()).append('"');
            }
            if (c.rowSpan() > 1) {
                out.append(" rowspan=\"").append(c.rowSpan()).append('"');
            }
            out.append('>').append(escape(c.isNumber() ? figure(c.number()) : c.text())).append("</td>");
        }
        out.append("</tr>");
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
