package org.jixiao.cli.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.cli.CliMessages;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.SubItem;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.formats.text.Inference;
import org.jixiao.formats.text.ReadProblem;
import tools.jackson.core.JsonGenerator;

/**
 * The one JSON document of {@code score --json} and {@code audit --json}: every file, every table, every figure
 * as printed and as recomputed, every finding; numbers as JSON numbers.
 */
public final class JsonReport {
    private final Locale locale;

    public JsonReport(Locale locale) {
        this.locale = locale;
    }

    /** Starts the document; each file is written as it is handed in, so a long batch streams. */
    public FilesDocument<FileReport> open(OutputStream out) {
        return FilesDocument.open(out, this::file);
    }

    private void file(JsonGenerator g, FileReport f) {
        g.writeStartObject();
        g.writeStringProperty("path", f.path());
        g.writeName("tables");
        g.writeStartArray();
        for (ScoredTable t : f.tables()) {
            table(g, t);
        }
        g.writeEndArray();
        errors(g, f.errors(), locale);
        g.writeEndObject();
    }

    /** A file's {@code errors}: each with its line, its message in the output's language and in English. */
    static void errors(JsonGenerator g, java.util.List<ReadProblem> errors, Locale locale) {
        g.writeName("errors");
        g.writeStartArray();
        for (ReadProblem p : errors) {
            g.writeStartObject();
            g.writeNumberProperty("line", p.line());
            g.writeStringProperty("message", locale.getLanguage().equals("en") ? p.en() : p.zh());
            g.writeStringProperty("messageEn", p.en());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void table(JsonGenerator g, ScoredTable t) {
        SelfEvaluation e = t.evaluation();
        Header h = e.header();
        ScoreSheet s = t.sheet();
        g.writeStartObject();
        g.writeNumberProperty("index", t.index());
        g.writeNumberProperty("line", e.line());
        g.writeStringProperty("project", h.project());
        g.writeStringProperty("department", h.department());
        g.writeStringProperty("unit", h.unit());
        if (h.year() == null) {
            g.writeNullProperty("year");
        } else {
            g.writeNumberProperty("year", h.year());
        }
        g.writeStringProperty("currencyUnit", h.currencyUnit() == null ? null : h.currencyUnit().label());
        g.writeStringProperty("disclosureNo", h.disclosureNo());
        g.writeStringProperty("kind", h.kind().name());
        g.writeBooleanProperty("scored", t.scored());
        g.writeStringProperty("layout", e.layout());
        g.writeStringProperty("scheme", t.scheme().id());
        g.writeStringProperty("schemeVersion", t.scheme().version());
        g.writeStringProperty("schemeEvidence", t.choice().describe(locale));
        budget(g, e, s.budget());
        subItems(g, e);
        g.writeName("goals");
        g.writeStartObject();
        g.writeStringProperty("declared", e.goals().declared());
        g.writeStringProperty("achieved", e.goals().achieved());
        g.writeEndObject();
        g.writeName("indicators");
        g.writeStartArray();
        for (int k = 0; k < e.indicators().size(); k++) {
            indicator(g, e.indicators().get(k), s.indicators().get(k), t.scored());
        }
        g.writeEndArray();
        number(g, "reportedIndicatorWeightSum", e.reportedIndicatorWeightSum());
        number(g, "reportedIndicatorScoreSum", e.reportedIndicatorScoreSum());
        number(g, "indicatorWeightSum", s.indicatorWeightSum());
        number(g, "indicatorScoreSum", s.indicatorScoreSum());
        number(g, "reportedTotal", e.reportedTotal());
        number(g, "total", t.scored() ? s.total() : null);
        if (t.scored() && s.totalExplanation() != null) {
            g.writeStringProperty("totalExplanation", s.totalExplanation().render(locale));
        }
        number(g, "maxTotal", t.scored() ? s.maxTotal() : null);
        g.writeStringProperty("reportedGrade", e.reportedGrade());
        g.writeStringProperty("grade", t.scored() ? s.grade() : null);
        reading(g, t);
        if (!s.gradeBandsPublished()) {
            g.writeStringProperty("gradeNote", CliMessages.MESSAGES.get(locale, "json.grade_note", t.scheme().id()));
        }
        g.writeName("findings");
        g.writeStartArray();
        for (Finding f : t.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void budget(JsonGenerator g, SelfEvaluation e, BudgetScore b) {
        FundingRow total = e.funding().effectiveTotal();
        BudgetUse use = e.funding().use();
        g.writeName("budget");
        g.writeStartObject();
        number(g, "initial", total != null ? total.initial() : use != null ? use.initial() : null);
        number(g, "annual", total != null ? total.annual() : null);
        number(g, "executed", total != null ? total.executed() : null);
        number(g, "ratePct", b != null ? b.ratePct() : null);
        number(g, "reportedRatePct", e.funding().reportedRatePct());
        number(g, "weight", b != null ? b.weight() : e.funding().weight());
        number(g, "reportedScore", e.funding().reportedScore());
        number(g, "score", b != null ? b.score() : null);
        g.writeStringProperty("explanation", b != null ? b.explanation().render(locale) : null);
        if (use != null) {
            number(g, "adjustment", use.adjustment());
            number(g, "allocated", use.allocated());
            number(g, "unallocatedBalance", use.unallocatedBalance());
            number(g, "unallocatedRecovered", use.unallocatedRecovered());
            number(g, "paid", use.paid());
            number(g, "carryOverTotal", use.carryOverTotal());
            number(g, "carriedForward", use.carriedForward());
            number(g, "recovered", use.recovered());
        }
        g.writeEndObject();
    }

    private void subItems(JsonGenerator g, SelfEvaluation e) {
        if (e.funding().subItems().isEmpty() && e.funding().subItemTotal() == null) {
            return;
        }
        g.writeName("subItems");
        g.writeStartArray();
        for (SubItem i : e.funding().subItems()) {
            g.writeStartObject();
            g.writeStringProperty("name", i.name());
            number(g, "budget", i.budget());
            number(g, "actual", i.actual());
            g.writeEndObject();
        }
        g.writeEndArray();
        SubItem total = e.funding().subItemTotal();
        number(g, "subItemBudgetSum", total == null ? null : total.budget());
        number(g, "subItemActualSum", total == null ? null : total.actual());
    }

    /** What the reader could not read, inferred and skipped in this table. */
    private void reading(JsonGenerator g, ScoredTable t) {
        g.writeName("reading");
        g.writeStartObject();
        g.writeNumberProperty("notRead", t.problems().size());
        g.writeNumberProperty("skippedRows", t.skippedRows());
        g.writeName("inferred");
        g.writeStartArray();
        for (Inference i : t.inferences()) {
            g.writeStartObject();
            g.writeNumberProperty("line", i.line());
            g.writeStringProperty("field", i.field());
            g.writeStringProperty("value", i.value());
            g.writeStringProperty("why", locale.getLanguage().equals("en") ? i.en() : i.zh());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void indicator(JsonGenerator g, Indicator i, IndicatorScore s, boolean scored) {
        Target target = i.target();
        Actual actual = i.actual();
        g.writeStartObject();
        g.writeStringProperty("level1", i.level1().isEmpty() ? null : i.level1());
        g.writeStringProperty("level2", i.level2());
        g.writeStringProperty("name", i.name());
        g.writeStringProperty("operator", target.operator() == Operator.NONE ? null : target.operator().symbol());
        g.writeStringProperty("target", target.isQuantitative() ? target.value().toPlainString() : emptyToNull(target.text()));
        g.writeStringProperty("unit", target.isQuantitative() ? emptyToNull(target.unit()) : null);
        g.writeStringProperty("actual", actualText(target, actual));
        g.writeStringProperty("actualPrinted", emptyToNull(actual.text()));
        g.writeStringProperty("status", actual.status().name());
        if (!actual.isReported()) {
            g.writeStringProperty("reason", actual.reason());
        }
        number(g, "weight", s.weight());
        number(g, "reportedScore", s.reportedScore());
        number(g, "score", scored ? s.score() : null);
        g.writeStringProperty("basis", s.basis().name());
        g.writeStringProperty("rule", s.rule());
        g.writeStringProperty("explanation", s.explanation().render(locale));
        g.writeStringProperty("deviationReason", emptyToNull(i.deviationReason()));
        g.writeNumberProperty("line", i.line());
        g.writeEndObject();
    }

    /** The actual as the form's value: its number for a quantitative target, its words otherwise. */
    static String actualText(Target target, Actual actual) {
        if (!actual.isReported()) {
            return null;
        }
        if (target.isQuantitative() && actual.value() != null && actual.sign() == null) {
            return actual.value().toPlainString();
        }
        return emptyToNull(actual.text());
    }

    private void finding(JsonGenerator g, Finding f) {
        g.writeStartObject();
        g.writeStringProperty("code", f.code());
        g.writeStringProperty("severity", f.severity().label());
        g.writeStringProperty("indicator", f.place().indicator());
        g.writeStringProperty("row", f.place().row());
        g.writeStringProperty("column", f.place().column());
        g.writeNumberProperty("line", f.place().line());
        g.writeStringProperty("message", f.message(locale));
        g.writeEndObject();
    }

    /** A figure as a JSON number, or null. */
    static void number(JsonGenerator g, String name, BigDecimal v) {
        if (v == null) {
            g.writeNullProperty(name);
        } else {
            g.writeName(name);
            g.writeNumber(v);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
