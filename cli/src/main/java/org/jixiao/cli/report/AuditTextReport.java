package org.jixiao.cli.report;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.formats.text.ReadProblem;

/**
 * The human output of {@code audit}: each table's findings as its file is assessed, then the batch summed up per
 * file and per department. Read problems are printed in both languages, naming the file.
 */
public final class AuditTextReport {
    private final Locale locale;
    private final Words w;
    private final ReadingLines lines;

    public AuditTextReport(Locale locale) {
        this.locale = locale;
        this.w = new Words(locale);
        this.lines = new ReadingLines(w);
    }

    public void file(FileReport f, PrintStream out) {
        for (ScoredTable t : f.tables()) {
            table(f.path(), t, out);
        }
        for (ReadProblem p : f.errors()) {
            out.println(p);
        }
        if (f.tables().isEmpty() && f.errors().isEmpty()) {
            out.println(f.path() + ": " + w.t("没有表格", "no tables"));
        }
        out.println(lines.file(f));
    }

    private void table(String path, ScoredTable t, PrintStream out) {
        var h = t.evaluation().header();
        out.println("== " + path + " · " + w.t("表", "table") + " " + t.index() + " · " + Words.dash(h.project()) + " ==");
        out.println("  " + w.t("主管部门", "department") + " " + Words.dash(AuditSummary.department(h)) + " · " + w.t("总分", "total")
                + " " + w.t("填报", "printed") + " " + Words.plain(t.evaluation().reportedTotal()) + " " + w.t("计算", "computed") + " "
                + (t.scored() ? Words.plain(t.sheet().total()) : w.t("不评分", "not scored")) + " · " + w.t("发现", "findings") + " " + t.findings().size());
        String reading = lines.table(t);
        if (reading != null) {
            out.println("  " + reading);
        }
        for (Finding f : t.findings()) {
            out.println(FindingLine.of(f, locale));
        }
    }

    public void summary(AuditSummary s, PrintStream out) {
        out.println();
        out.println("==== " + w.t("汇总", "Summary") + " ====");
        out.println(w.t("文件", "files") + " " + s.files() + w.t("（未能完整读取 ", " (not read whole: ") + s.filesNotRead()
                + w.t("）", ")"));
        block(s.overall(), out);
        out.println();
        out.println("==== " + w.t("按文件", "By file") + " ====");
        for (Map.Entry<String, Tally> e : s.byFile().entrySet()) {
            out.println("【" + e.getKey() + "】");
            block(e.getValue(), out);
        }
        out.println();
        out.println("==== " + w.t("按主管部门", "By department") + " ====");
        for (Map.Entry<String, Tally> e : s.byDepartment().entrySet()) {
            out.println("【" + (e.getKey().equals(AuditSummary.UNNAMED) ? w.t("（未注明）", "(not stated)") : e.getKey()) + "】");
            block(e.getValue(), out);
        }
    }

    private void block(Tally t, PrintStream out) {
        out.println("  " + w.t("表格", "tables") + " " + t.tables() + " · " + w.t("发现", "findings") + " " + t.findings() + w.t("：", ": ")
                + w.t("错误", "errors") + " " + t.findings(Severity.ERROR) + w.t("，", ", ") + w.t("警告", "warnings") + " "
                + t.findings(Severity.WARNING) + w.t("，", ", ") + w.t("提示", "notices") + " " + t.findings(Severity.NOTICE));
        out.println("  " + w.t("总分：填报平均 ", "total: mean printed ") + Words.plain(t.meanReportedTotal()) + w.t("，计算平均 ", ", mean computed ")
                + Words.plain(t.meanTotal()) + w.t("；", "; ") + t.totalsDiffering() + " / " + t.totalsCompared()
                + w.t(" 表不一致", " tables differ"));
        String unit = t.unit().label();
        out.println("  " + w.t("预算（" + unit + "）：全年预算 ", "budget (" + unit + "): annual ") + Words.plain(t.annual())
                + w.t("，全年执行 ", ", executed ") + Words.plain(t.executed()) + w.t("，执行率 ", ", rate ")
                + Words.percent(t.executionRatePct())
                + (t.budgetsWithoutUnit() == 0 ? "" : w.t("（", " (") + t.budgetsWithoutUnit()
                + w.t(" 表未注明金额单位，按万元计）", " tables state no unit: counted in 万元)")));
        if (t.byCode().isEmpty()) {
            return;
        }
        Columns rows = new Columns(4, 40, 8, 8, 8, 8);
        rows.add("", w.t("代码", "code"), w.t("错误", "error"), w.t("警告", "warning"), w.t("提示", "notice"), w.t("合计", "total"));
        for (Map.Entry<String, int[]> e : t.byCode().entrySet()) {
            String[] cells = new String[6];
            cells[0] = "";
            cells[1] = e.getKey();
            int sum = 0;
            for (Severity sev : Severity.values()) {
                int n = e.getValue()[sev.ordinal()];
                cells[2 + sev.ordinal()] = Integer.toString(n);
                sum += n;
            }
            cells[5] = Integer.toString(sum);
            rows.add(cells);
        }
        out.print(rows.render());
    }
}
