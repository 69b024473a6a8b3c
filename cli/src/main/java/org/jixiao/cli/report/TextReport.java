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
            out.println(f.path() + ": " + w.t("没有表格", "no tables"));
        }
        out.println(lines.file(f));
    }

    private void table(String path, ScoredTable t, PrintStream out) {
        SelfEvaluation e = t.evaluation();
        Header h = e.header();
        ScoreSheet s = t.sheet();
        out.println("== " + path + " · " + w.t("表", "table") + " " + t.index()
                + (h.disclosureNo() == null ? "" : " · " + h.disclosureNo()) + " ==");
        Columns head = new Columns(12, 70);
        head.add(w.t("项目名称", "project"), h.project());
        head.add(w.t("主管部门", "department"), h.department());
        head.add(w.t("实施单位", "unit"), h.unit());
        head.add(w.t("年度", "year"), h.year() == null ? "—" : h.year().toString());
        head.add(w.t("金额单位", "currency"), h.currencyUnit() == null ? "—" : h.currencyUnit().label());
        head.add(w.t("评分方案", "scheme"), t.scheme().id() + " (" + t.scheme().version() + ")  " + t.choice().describe(locale));
        out.print(head.render());
        BudgetScore b = s.budget();
        if (b != null) {
            out.println(w.t("资金", "funding") + "  " + w.t("全年预算数", "annual") + " " + Words.plain(b.annual()) + "  "
                    + w.t("全年执行数", "executed") + " " + Words.plain(b.executed()) + "  " + w.t("执行率", "rate") + " "
                    + Words.percent(b.ratePct()) + "  " + w.t("分值", "weight") + " "
                    + Words.plain(b.weight()) + "  " + w.t("填报得分", "printed") + " " + Words.plain(b.reportedScore()) + "  "
                    + w.t("得分", "score") + " " + Words.plain(b.score()) + "   " + b.explanation().render(locale));
        }
        out.println();
        Columns rows = new Columns(10, 12, 28, 14, 14, 7, 7, 7, 60);
        rows.add(w.t("一级", "level 1"), w.t("二级", "level 2"), w.t("三级指标", "indicator"), w.t("目标", "target"),
                w.t("实际", "actual"), w.t("分值", "weight"), w.t("填报", "printed"), w.t("得分", "score"), w.t("说明", "explanation"));
        for (int k = 0; k < e.indicators().size(); k++) {
            Indicator i = e.indicators().get(k);
            IndicatorScore is = s.indicators().get(k);
            String actual = i.actual().isReported() ? i.actual().text() : w.t("未填报", "not reported");
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
        out.println(w.t("总分", "total") + "  " + w.t("填报", "printed") + " " + Words.plain(e.reportedTotal()) + "  "
                + w.t("计算", "computed") + " " + Words.plain(s.total()) + " / " + Words.plain(s.maxTotal())
                + (s.totalExplanation() == null ? "" : "（" + s.totalExplanation().render(locale) + "）") + "    "
                + w.t("等级", "grade") + "  " + w.t("填报", "printed") + " " + Words.dash(e.reportedGrade()) + "  "
                + w.t("计算", "computed") + " " + (s.gradeBandsPublished() ? Words.dash(s.grade()) : w.t("（方案未公布等级划分）", "(the scheme publishes no grade bands)")));
        if (!t.findings().isEmpty()) {
            out.println(w.t("发现：", "Findings:"));
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
