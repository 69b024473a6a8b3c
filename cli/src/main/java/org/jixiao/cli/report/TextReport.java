package org.jixiao.cli.report;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.formats.text.ReadProblem;

/** The human output of {@code score}: per table its header, funding, an aligned indicator table, totals and findings. */
public final class TextReport {
    private final Locale locale;
    private final Words w;
    private final ReadingLines lines;

    public TextReport(Locale locale) {
        this.locale = locale;
        this.w = new Words(locale);
        this.lines = new ReadingLines(w);
    }

    public void file(FileReport f, PrintStream out) {
        for (ScoredTable t : f.tables()) {
            table(f.path(), t, out);
        }
        for (ReadProblem p : f.errors()) {
            out.println(f.path() + (p.line() > 0 ? ":" + p.line() : "") + ": " + (w.en() ? p.en() : p.zh()));
        }
        if (f.tables().isEmpty() && f.errors().isEmpty()) {
            out.println(w.t("file.no_tables", f.path()));
        }
        out.println(lines.file(f));
    }

    private void table(String path, ScoredTable t, PrintStream out) {
        SelfEvaluation e = t.evaluation();
        Header h = e.header();
        ScoreSheet s = t.sheet();
        out.println(w.t("score.heading", path, t.index(), h.disclosureNo() == null ? "" : " · " + h.disclosureNo()));
        Columns head = new Columns(12, 70);
        head.add(w.t("label.project"), h.project());
        head.add(w.t("label.department"), h.department());
        head.add(w.t("label.unit"), h.unit());
        head.add(w.t("label.year"), h.year() == null ? "—" : h.year().toString());
        head.add(w.t("label.currency"), h.currencyUnit() == null ? "—" : h.currencyUnit().label());
        head.add(w.t("label.scheme"), t.scheme().id() + " (" + t.scheme().version() + ")  " + t.choice().describe(locale));
        out.print(head.render());
        BudgetScore b = s.budget();
        if (b != null) {
            out.println(w.t("score.funding", Words.plain(b.annual()), Words.plain(b.executed()), Words.percent(b.ratePct()),
                    Words.plain(b.weight()), Words.plain(b.reportedScore()), Words.plain(b.score()), b.explanation().render(locale)));
        }
        out.println();
        Columns rows = new Columns(10, 12, 28, 14, 14, 7, 7, 7, 60);
        rows.add(w.t("column.level1"), w.t("column.level2"), w.t("column.indicator"), w.t("column.target"),
                w.t("column.actual"), w.t("column.weight"), w.t("column.printed"), w.t("column.score"), w.t("column.explanation"));
        for (int k = 0; k < e.indicators().size(); k++) {
            Indicator i = e.indicators().get(k);
            IndicatorScore is = s.indicators().get(k);
            String actual = i.actual().isReported() ? i.actual().text() : w.t("score.not_reported");
            rows.add(i.level1(), i.level2() == null ? "" : i.level2(), i.name(),
                    i.target().isQuantitative() ? i.target().operator().symbol() + i.target().value().toPlainString() + i.target().unit() : i.target().text(),
                    actual, Words.plain(is.weight()), Words.plain(is.reportedScore()), Words.plain(is.score()) + (is.differsFromReported() ? " *" : ""),
                    is.explanation().render(locale));
        }
        out.print(rows.render());
        out.println();
        String reading = lines.table(t);
        if (reading != null) {
            out.println(reading);
        }
        if (!t.scored()) {
            out.println();
            return;
        }
        out.println(w.t("score.totals", Words.plain(e.reportedTotal()), Words.plain(s.total()), Words.plain(s.maxTotal()),
                s.totalExplanation() == null ? "" : w.t("score.total_explained", s.totalExplanation().render(locale)),
                Words.dash(e.reportedGrade()), s.gradeBandsPublished() ? Words.dash(s.grade()) : w.t("score.no_grade_bands")));
        if (!t.findings().isEmpty()) {
            out.println(w.t("score.findings"));
            for (Finding f : t.findings()) {
                out.println(FindingLine.of(f, locale));
            }
        }
        for (ReadProblem p : t.problems()) {
            out.println("  " + path + (p.line() > 0 ? ":" + p.line() : "") + ": " + (w.en() ? p.en() : p.zh()));
        }
        out.println();
    }
}
