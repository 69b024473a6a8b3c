package org.jixiao.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.office.pdf.TableHtml;

/**
 * The re-check as one self-contained HTML file: the summary over all, per department and per file, a chart of the
 * findings by code and severity (ECharts, inlined), and each table's findings. Opening it needs no network; a
 * content-security policy forbids any. Every text from a table is escaped.
 */
public final class HtmlReport {
    private final Locale locale;
    private final Words w;
    /** The per-table part, built as files arrive so that the batch need not be held. */
    private final StringBuilder tables = new StringBuilder(1 << 16);

    public HtmlReport(Locale locale) {
        this.locale = locale;
        this.w = new Words(locale);
    }

    public void add(FileReport f) {
        StringBuilder b = tables;
        b.append("<section><h3>").append(TableHtml.escape(f.path())).append("</h3>\n");
        if (!f.errors().isEmpty()) {
            b.append("<ul class=\"problems\">");
            for (ReadProblem p : f.errors()) {
                b.append("<li>").append(p.line() > 0 ? w.t("html.at_line", p.line()) : "")
                        .append(TableHtml.escape(p.zh())).append(" / ").append(TableHtml.escape(p.en())).append("</li>");
            }
            b.append("</ul>\n");
        }
        for (ScoredTable t : f.tables()) {
            table(t, b);
        }
        b.append("</section>\n");
    }

    private void table(ScoredTable t, StringBuilder b) {
        var h = t.evaluation().header();
        b.append("<h4>").append(w.t("html.table", t.index(), TableHtml.escape(Words.dash(h.project()))))
                .append("</h4>\n<p class=\"meta\">").append(w.t("html.table_meta", TableHtml.escape(Words.dash(AuditSummary.department(h))),
                        Words.plain(t.evaluation().reportedTotal()), Words.plain(t.sheet().total()))).append("</p>\n");
        if (t.findings().isEmpty()) {
            b.append("<p class=\"none\">").append(w.t("html.no_findings")).append("</p>\n");
            return;
        }
        b.append("<table><tr><th>").append(w.t("column.code")).append("</th><th>").append(w.t("column.severity"))
                .append("</th><th>").append(w.t("column.place")).append("</th><th>").append(w.t("column.message")).append("</th></tr>\n");
        for (Finding f : t.findings()) {
            b.append("<tr class=\"").append(f.severity().label()).append("\"><td>").append(f.code()).append("</td><td>")
                    .append(severity(f.severity())).append("</td><td>").append(TableHtml.escape(FindingLine.place(f.place(), locale)))
                    .append("</td><td>").append(TableHtml.escape(f.message(locale))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    public void write(AuditSummary s, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html>\n<html lang=\"" + w.t("html.lang") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
                    + "style-src 'unsafe-inline'; img-src data:\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title() + "</title>\n"
                    + STYLE + "</head>\n<body>\n<h1>" + title() + "</h1>\n");
            Tally all = s.overall();
            out.write("<p class=\"meta\">" + w.t("html.meta", s.files(), s.filesNotRead(), all.tables(), counts(all), s.unit().label())
                    + "</p>\n");
            out.write("<h2>" + w.t("html.by_code") + "</h2>\n"
                    + "<div id=\"chart\" style=\"width:100%;height:" + (160 + 28 * Math.max(1, all.byCode().size())) + "px\"></div>\n");
            out.write("<h2>" + w.t("heading.by_department") + "</h2>\n");
            groups(s.byDepartment(), w.t("label.department"), s.unit().label(), out);
            out.write("<h2>" + w.t("heading.by_file") + "</h2>\n");
            groups(s.byFile(), w.t("column.file"), s.unit().label(), out);
            out.write("<h2>" + w.t("html.per_table") + "</h2>\n");
            out.append(tables);
            out.write("<script>");
            out.write(EChartsScript.minified());
            out.write("</script>\n<script>\n");
            out.write(chart(all));
            out.write("</script>\n</body>\n</html>\n");
        }
    }

    private void groups(Map<String, Tally> groups, String what, String unit, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<table><tr><th>").append(what).append("</th><th>").append(w.t("column.tables")).append("</th><th>")
                .append(w.t("column.findings")).append("</th><th>").append(w.t("column.mean_printed_total")).append("</th><th>")
                .append(w.t("column.mean_computed_total")).append("</th><th>").append(w.t("column.totals_differing"))
                .append("</th><th>").append(w.t("column.annual_in", unit)).append("</th><th>")
                .append(w.t("column.executed_in", unit)).append("</th><th>").append(w.t("column.rate"))
                .append("</th><th>").append(w.t("column.by_code")).append("</th></tr>\n");
        for (Map.Entry<String, Tally> e : groups.entrySet()) {
            Tally g = e.getValue();
            String name = e.getKey().equals(AuditSummary.UNNAMED) ? w.t("group.unnamed") : e.getKey();
            b.append("<tr><td>").append(TableHtml.escape(name)).append("</td><td class=\"n\">").append(g.tables())
                    .append("</td><td>").append(counts(g)).append("</td><td class=\"n\">").append(Words.plain(g.meanReportedTotal()))
                    .append("</td><td class=\"n\">").append(Words.plain(g.meanTotal())).append("</td><td class=\"n\">")
                    .append(g.totalsDiffering()).append(" / ").append(g.totalsCompared()).append("</td><td class=\"n\">")
                    .append(Words.plain(g.annual())).append("</td><td class=\"n\">").append(Words.plain(g.executed()))
                    .append("</td><td class=\"n\">").append(Words.percent(g.executionRatePct()))
                    .append("</td><td>");
            codes(g, b);
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
        out.append(b);
    }

    private void codes(Tally g, StringBuilder b) {
        if (g.byCode().isEmpty()) {
            b.append("—");
            return;
        }
        b.append("<details><summary>").append(w.t("html.codes", g.byCode().size())).append("</summary><table>");
        for (Map.Entry<String, int[]> e : g.byCode().entrySet()) {
            b.append("<tr><td>").append(e.getKey()).append("</td>");
            for (Severity sev : Severity.values()) {
                b.append("<td class=\"n ").append(sev.label()).append("\">").append(e.getValue()[sev.ordinal()]).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table></details>");
    }

    private String counts(Tally g) {
        return w.t("html.counts", g.findings(), severity(Severity.ERROR), g.findings(Severity.ERROR), severity(Severity.WARNING),
                g.findings(Severity.WARNING), severity(Severity.NOTICE), g.findings(Severity.NOTICE));
    }

    /** The chart's data and options; codes on the category axis, one stacked series per severity. */
    private String chart(Tally all) {
        StringBuilder codes = new StringBuilder("[");
        StringBuilder[] series = new StringBuilder[Severity.values().length];
        for (Severity sev : Severity.values()) {
            series[sev.ordinal()] = new StringBuilder("[");
        }
        for (Map.Entry<String, int[]> e : all.byCode().entrySet()) {
            codes.append(codes.length() > 1 ? "," : "").append(Html.jsString(e.getKey()));
            for (Severity sev : Severity.values()) {
                StringBuilder b = series[sev.ordinal()];
                b.append(b.length() > 1 ? "," : "").append(e.getValue()[sev.ordinal()]);
            }
        }
        codes.append(']');
        StringBuilder js = new StringBuilder("var codes = ").append(codes).append(";\nvar series = [");
        String[] colours = {"#c0392b", "#e67e22", "#7f8c8d"};
        for (Severity sev : Severity.values()) {
            js.append(sev.ordinal() == 0 ? "" : ",").append("{name:").append(Html.jsString(severity(sev)))
                    .append(",type:'bar',stack:'n',itemStyle:{color:'").append(colours[sev.ordinal()]).append("'},data:")
                    .append(series[sev.ordinal()]).append("]}");
        }
        js.append("];\n")
                .append("var chart = echarts.init(document.getElementById('chart'));\n")
                .append("chart.setOption({tooltip:{trigger:'axis',axisPointer:{type:'shadow'}},legend:{},")
                .append("grid:{left:8,right:24,containLabel:true},xAxis:{type:'value',minInterval:1},")
                .append("yAxis:{type:'category',inverse:true,data:codes},series:series});\n")
                .append("window.addEventListener('resize', function () { chart.resize(); });\n");
        return js.toString();
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> w.t("severity.error");
            case WARNING -> w.t("severity.warning");
            case NOTICE -> w.t("severity.notice");
        };
    }

    private String title() {
        return w.t("html.title");
    }

    private static final String STYLE = """
            <style>
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1em;margin-top:1.5em}
            h4{font-size:.95em;margin:1em 0 .2em}.meta{color:#555;margin:.2em 0}.none{color:#888;margin:.2em 0}
            table{border-collapse:collapse;margin:.3em 0;font-size:.9em}th,td{border:1px solid #ddd;padding:.25em .5em;vertical-align:top}
            th{background:#f4f4f4;text-align:left;white-space:nowrap}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            tr td:nth-child(2){white-space:nowrap}tr.error td:nth-child(2){color:#c0392b;font-weight:bold}tr.warning td:nth-child(2){color:#d35400}
            tr.notice td:nth-child(2){color:#7f8c8d}ul.problems{color:#c0392b}details table{margin:.2em 0}
            </style>
            """;
}
