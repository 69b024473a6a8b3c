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

    private static final String CSS = """
            @page { size: A4 %s; margin: 12mm 10mm 14mm 10mm;
              @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-family: '%s'; font-size: 8pt; } }
            body { font-family: '%s', sans-serif; font-size: 8.5pt; }
            section { page-break-after: always; }
            section:last-child { page-break-after: auto; }
            table { width: 100%%; border-collapse: collapse; table-layout: fixed; -fs-table-paginate: paginate; }
            td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-wrap: break-word; }
            td.title { border: none; text-align: center; font-size: 15pt; font-weight: bold; padding: 4pt; }
            td.caption { border: none; padding: 1pt 2pt; }
            td.label { font-weight: bold; text-align: center; background: #eee; }
            td.money, td.figure { text-align: right; }
            """;

    private TableHtml() {
    }

    /** A whole document, one table per page where it fits. */
    public static String document(List<OfficialTable> tables) {
        boolean landscape = tables.stream().anyMatch(t -> t.columns() > 8);
        StringBuilder out = new StringBuilder(16_384 * Math.max(1, tables.size()));
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(escape(tables.isEmpty() ? "" : tables.get(0).title()))
                .append("</title><style>").append(String.format(CSS, landscape ? "landscape" : "portrait", FONT_FAMILY, FONT_FAMILY))
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
        out.append("</colgroup><thead>");
        Cell[][] layout = t.layout();
        for (int r = 0; r < layout.length; r++) {
            if (r == t.headerRows()) {
                out.append("</thead><tbody>");
            }
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
    static String figure(BigDecimal n) {
        return n.scale() < 2 ? n.setScale(2, RoundingMode.HALF_UP).toPlainString() : n.toPlainString();
    }

    static String escape(String s) {
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
