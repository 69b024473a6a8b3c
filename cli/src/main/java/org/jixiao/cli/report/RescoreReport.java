package org.jixiao.cli.report;

import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.scoring.compare.ComparisonSummary;
import org.jixiao.core.scoring.compare.SchemeComparison;
import org.jixiao.formats.text.ReadProblem;
import tools.jackson.core.JsonGenerator;

/**
 * The output of {@code rescore}: per table each scheme's total and grade and the rows scored differently, with
 * each scheme's explanation; as text with a summary over all tables, or as one JSON document
 * {@code {"files": [{"path", "tables": [{"index", "project", "schemes": [{"scheme", "total", "grade"}],
 * "differences": [{"indicator", "scores": [{"scheme", "score", "explanation"}]}]}], "errors"}]}}.
 */
public final class RescoreReport {
    private final Locale locale;
    private final Words w;

    public RescoreReport(Locale locale) {
        this.locale = locale;
        this.w = new Words(locale);
    }

    // ---- text ---------------------------------------------------------------------------------------------

    public void text(Rescoring.File f, PrintStream out) {
        for (Rescoring.Table t : f.tables()) {
            out.println(w.t("table.heading", f.path(), t.index(), Words.dash(t.evaluation().header().project())));
            Columns totals = new Columns(26, 10, 6);
            totals.add(w.t("column.scheme"), w.t("column.total"), w.t("column.grade"));
            for (SchemeComparison.Result r : t.comparison().results()) {
                totals.add(r.scheme().id(), Words.plain(r.total()), r.sheet().gradeBandsPublished() ? Words.dash(r.grade())
                        : w.t("rescore.no_grade"));
            }
            out.print(totals.render());
            for (SchemeComparison.Result r : t.comparison().results()) {
                if (r.sheet().totalExplanation() != null) {
                    out.println("  " + w.t("rescore.total_explained", r.scheme().id(), r.sheet().totalExplanation().render(locale)));
                }
            }
            if (t.comparison().differences().isEmpty()) {
                out.println(w.t("rescore.same"));
            } else {
                out.println(w.t("rescore.different"));
                for (SchemeComparison.Difference d : t.comparison().differences()) {
                    out.println("  " + d.indicator());
                    for (SchemeComparison.RowScore s : d.scores()) {
                        out.println("    " + s.scheme() + "  " + Words.plain(s.score()) + "  "
                                + (s.explanation() == null ? "" : s.explanation().render(locale)));
                    }
                }
            }
            out.println();
        }
        for (ReadProblem p : f.errors()) {
            out.println(f.path() + (p.line() > 0 ? ":" + p.line() : "") + ": " + (w.en() ? p.en() : p.zh()));
        }
    }

    public void summary(ComparisonSummary s, PrintStream out) {
        out.println(w.t("rescore.summary", s.tables()));
        Columns rows = new Columns(26, 10, 10, 10, 30);
        rows.add(w.t("column.scheme"), w.t("column.mean_total"), w.t("column.mean_shift"),
                w.t("column.grade_changes"), w.t("column.grades"));
        for (int k = 0; k < s.schemes().size(); k++) {
            StringBuilder grades = new StringBuilder();
            for (Map.Entry<String, Integer> g : s.grades(k).entrySet()) {
                grades.append(grades.isEmpty() ? "" : " ").append(g.getKey()).append(' ').append(g.getValue());
            }
            rows.add(s.schemes().get(k), Words.plain(s.meanTotal(k)), k == 0 ? "—" : signed(s.meanShift(k)),
                    k == 0 ? "—" : String.valueOf(s.gradeChanges(k)), grades.toString());
        }
        out.print(rows.render());
    }

    private static String signed(BigDecimal v) {
        return v == null ? "—" : (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }

    // ---- JSON ---------------------------------------------------------------------------------------------

    /** Starts the document; each file is written as it is handed in. */
    public FilesDocument<Rescoring.File> open(OutputStream out) {
        return FilesDocument.open(out, this::file);
    }

    private void file(JsonGenerator g, Rescoring.File f) {
        g.writeStartObject();
        g.writeStringProperty("path", f.path());
        g.writeName("tables");
        g.writeStartArray();
        for (Rescoring.Table t : f.tables()) {
            table(g, t);
        }
        g.writeEndArray();
        JsonReport.errors(g, f.errors(), locale);
        g.writeEndObject();
    }

    private void table(JsonGenerator g, Rescoring.Table t) {
        g.writeStartObject();
        g.writeNumberProperty("index", t.index());
        g.writeStringProperty("project", t.evaluation().header().project());
        g.writeName("schemes");
        g.writeStartArray();
        for (SchemeComparison.Result r : t.comparison().results()) {
            g.writeStartObject();
            g.writeStringProperty("scheme", r.scheme().id());
            JsonReport.number(g, "total", r.total());
            g.writeStringProperty("grade", r.grade());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("differences");
        g.writeStartArray();
        for (SchemeComparison.Difference d : t.comparison().differences()) {
            g.writeStartObject();
            g.writeStringProperty("indicator", d.indicator());
            g.writeName("scores");
            g.writeStartArray();
            for (SchemeComparison.RowScore s : d.scores()) {
                g.writeStartObject();
                g.writeStringProperty("scheme", s.scheme());
                JsonReport.number(g, "score", s.score());
                g.writeStringProperty("explanation", s.explanation() == null ? null : s.explanation().render(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
