package org.jixiao.cli.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.cli.CliMessages;
import org.jixiao.core.assessment.AssessedTable;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.SubItem;
import org.jixiao.core.evaluation.Target;
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
        AssessedTable a = t.assessed(locale);
        SelfEvaluation e = t.evaluation();
        Header h = a.header();
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
        g.writeBooleanProperty("scored", a.scored());
        g.writeStringProperty("layout", e.layout());
        g.writeStringProperty("scheme", a.schemeId());
        g.writeStringProperty("schemeVersion", a.schemeVersion());
        g.writeStringProperty("schemeEvidence", a.schemeEvidence());
        budget(g, e, a.budget());
        subItems(g, e);
        g.writeName("goals");
        g.writeStartObject();
        g.writeStringProperty("declared", e.goals().declared());
        g.writeStringProperty("achieved", e.goals().achieved());
        g.writeEndObject();
        g.writeName("indicators");
        g.writeStartArray();
        for (AssessedTable.Row row : a.indicators()) {
            indicator(g, row);
        }
        g.writeEndArray();
        AssessedTable.Totals s = a.totals();
        number(g, "reportedIndicatorWeightSum", s.reportedIndicatorWeightSum());
        number(g, "reportedIndicatorScoreSum", s.reportedIndicatorScoreSum());
        number(g, "indicatorWeightSum", s.indicatorWeightSum());
        number(g, "indicatorScoreSum", s.indicatorScoreSum());
        number(g, "reportedTotal", s.reportedTotal());
        number(g, "total", s.total());
        if (s.totalExplanation() != null) {
            g.writeStringProperty("totalExplanation", s.totalExplanation());
        }
        number(g, "maxTotal", s.maxTotal());
        g.writeStringProperty("reportedGrade", s.reportedGrade());
        g.writeStringProperty("grade", s.grade());
        finalResult(g, a);
        reading(g, t);
        if (!s.gradeBandsPublished()) {
            g.writeStringProperty("gradeNote", CliMessages.MESSAGES.get(locale, "json.grade_note", a.schemeId()));
        }
        g.writeName("findings");
        g.writeStartArray();
        for (AssessedTable.StandingFinding f : a.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What the table stands at, as the API's {@code final}: a published table's is its own (SELF). */
    private static void finalResult(JsonGenerator g, AssessedTable a) {
        g.writeName("final");
        g.writeStartObject();
        number(g, "total", a.scored() ? a.result().total() : null);
        g.writeStringProperty("grade", a.scored() ? a.result().grade() : null);
        g.writeStringProperty("source", a.result().source().name());
        g.writeEndObject();
    }

    private void budget(JsonGenerator g, SelfEvaluation e, AssessedTable.Budget b) {
        BudgetUse use = e.funding().use();
        g.writeName("budget");
        g.writeStartObject();
        number(g, "initial", b.initial());
        number(g, "annual", b.annual());
        number(g, "executed", b.executed());
        number(g, "ratePct", b.ratePct());
        number(g, "reportedRatePct", b.reportedRatePct());
        number(g, "weight", b.weight());
        number(g, "reportedScore", b.reportedScore());
        number(g, "score", b.score());
        g.writeStringProperty("explanation", b.explanation());
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

    private void indicator(JsonGenerator g, AssessedTable.Row row) {
        Indicator i = row.indicator();
        Target target = row.target();
        Actual actual = row.actual();
        g.writeStartObject();
        g.writeStringProperty("level1", i.level1().isEmpty() ? null : i.level1());
        g.writeStringProperty("level2", i.level2());
        g.writeStringProperty("name", i.name());
        g.writeStringProperty("operator", row.operatorSymbol());
        g.writeStringProperty("target", target.isQuantitative() ? target.value().toPlainString() : emptyToNull(target.text()));
        g.writeStringProperty("unit", target.isQuantitative() ? emptyToNull(target.unit()) : null);
        g.writeStringProperty("actual", row.actualValue());
        g.writeStringProperty("actualPrinted", emptyToNull(actual.text()));
        g.writeStringProperty("status", row.status().name());
        if (!actual.isReported()) {
            g.writeStringProperty("reason", actual.reason());
        }
        number(g, "weight", row.weight());
        number(g, "reportedScore", row.reportedScore());
        number(g, "score", row.score());
        g.writeStringProperty("basis", row.basis().name());
        g.writeStringProperty("rule", row.rule());
        g.writeStringProperty("explanation", row.explanation());
        g.writeStringProperty("deviationReason", emptyToNull(i.deviationReason()));
        g.writeNumberProperty("line", row.line());
        g.writeEndObject();
    }

    private void finding(JsonGenerator g, AssessedTable.StandingFinding f) {
        g.writeStartObject();
        g.writeStringProperty("code", f.code());
        g.writeStringProperty("severity", f.severity().label());
        g.writeStringProperty("indicator", f.place().indicator());
        g.writeNumberProperty("indicatorIndex", f.place().indicatorIndex());
        g.writeStringProperty("row", f.place().row());
        g.writeStringProperty("column", f.place().column());
        g.writeNumberProperty("line", f.place().line());
        g.writeStringProperty("message", f.message());
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
