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
            out.println(w.t("file.no_tables", f.path()));
        }
        out.println(lines.file(f));
    }

    private void table(String path, ScoredTable t, PrintStream out) {
        var h = t.evaluation().header();
        out.println(w.t("table.heading", path, t.index(), Words.dash(h.project())));
        out.println("  " + w.t("audit.table", Words.dash(AuditSummary.department(h)), Words.plain(t.evaluation().reportedTotal()),
                t.scored() ? Words.plain(t.sheet().total()) : w.t("audit.not_scored"), t.findings().size()));
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
        out.println(w.t("audit.heading", w.t("heading.summary")));
        out.println(w.t("audit.files", s.files(), s.filesNotRead()));
        block(s.overall(), out);
        out.println();
        out.println(w.t("audit.heading", w.t("heading.by_file")));
        for (Map.Entry<String, Tally> e : s.byFile().entrySet()) {
            out.println("【" + e.getKey() + "】");
            block(e.getValue(), out);
        }
        out.println();
        out.println(w.t("audit.heading", w.t("heading.by_department")));
        for (Map.Entry<String, Tally> e : s.byDepartment().entrySet()) {
            out.println("【" + (e.getKey().equals(AuditSummary.UNNAMED) ? w.t("group.unnamed") : e.getKey()) + "】");
            block(e.getValue(), out);
        }
    }

    private void block(Tally t, PrintStream out) {
        out.println("  " + w.t("audit.counts", t.tables(), t.findings(), t.findings(Severity.ERROR), t.findings(Severity.WARNING),
                t.findings(Severity.NOTICE)));
        out.println("  " + w.t("audit.totals", Words.plain(t.meanReportedTotal()), Words.plain(t.meanTotal()), t.totalsDiffering(),
                t.totalsCompared()));
        out.println("  " + w.t("audit.budget", t.unit().label(), Words.plain(t.annual()), Words.plain(t.executed()),
                Words.percent(t.executionRatePct()),
                t.budgetsWithoutUnit() == 0 ? "" : w.t("audit.budgets_without_unit", t.budgetsWithoutUnit())));
        if (t.byCode().isEmpty()) {
            return;
        }
        Columns rows = new Columns(4, 40, 8, 8, 8, 8);
        rows.add("", w.t("column.code"), w.t("severity.error"), w.t("severity.warning"), w.t("severity.notice"), w.t("column.sum"));
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
