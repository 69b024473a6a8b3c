package org.jixiao.server.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.table.OriginalTargets;
import org.jixiao.office.xlsx.WorkbookExporter;
import org.jixiao.server.common.Download;
import org.jixiao.server.common.ExchangeException;
import org.jixiao.server.common.ExportFormat;
import org.jixiao.server.evaluation.EvaluationFilter;
import org.jixiao.server.evaluation.EvaluationOrigins;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.EvaluationSummary;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Evaluations as official tables in .xlsx or .pdf: one, or every one the list's filter matches (a workbook with a
 * summary sheet, one PDF). Every evaluation is read through the caller's scope.
 */
@Service
public class Exports {
    /**
     * The most tables one export holds: a department's year is a few dozen; a PDF of 200 tables is some 200 pages
     * and a few seconds of one core, and beyond that a narrower filter (or the command line) is the better tool.
     */
    public static final int MAX_TABLES = EvaluationFilter.MAX_SIZE;

    /** A file made: its bytes and a name to save it under. */
    public record File(byte[] bytes, ExportFormat format, String name, String asciiName) {
    }

    private final EvaluationService evaluations;
    private final EvaluationOrigins origins;

    public Exports(EvaluationService evaluations, EvaluationOrigins origins) {
        this.evaluations = evaluations;
        this.origins = origins;
    }

    public File one(long id, ExportFormat format, CurrentUser user) {
        StoredEvaluation e = evaluations.get(id, user);
        return one(e, finalResult(e), format);
    }

    /** One table already read in its scope (公开 reads published tables for anyone), at the result it stands at. */
    public File one(StoredEvaluation e, FinalResult result, ExportFormat format) {
        long id = e.id();
        SelfEvaluation form = e.form();
        String year = form.header().year() == null ? "" : form.header().year() + " ";
        String name = Download.safeName(year + (form.header().project() == null ? "自评表" : form.header().project()));
        return new File(write(List.of(form), List.of(result), List.of(origins.originalTargets(id)), format, CurrencyUnit.WAN_YUAN), format,
                name + "." + format.extension(), "evaluation-" + id + "." + format.extension());
    }

    /**
     * @param filter the list's filter; its page and size are ignored
     * @param unit   the one unit of the summary sheet's amounts
     * @throws ExchangeException when nothing matches, or more than {@link #MAX_TABLES}
     */
    public File matching(EvaluationFilter filter, ExportFormat format, CurrencyUnit unit, CurrentUser user) {
        EvaluationFilter all = new EvaluationFilter(filter.year(), filter.departmentId(), filter.unitId(), filter.tab(),
                filter.status(), filter.grade(), filter.schemeId(), filter.query(), 0, MAX_TABLES);
        Page<EvaluationSummary> page = evaluations.list(all, user);
        if (page.total() > MAX_TABLES) {
            throw new ExchangeException("export.tooMany", page.total(), MAX_TABLES);
        }
        if (page.items().isEmpty()) {
            throw new ExchangeException("export.nothing");
        }
        List<SelfEvaluation> forms = new ArrayList<>();
        List<FinalResult> results = new ArrayList<>();
        List<OriginalTargets> originals = new ArrayList<>();
        for (EvaluationSummary s : page.items()) {
            StoredEvaluation stored = evaluations.get(s.id(), user);
            forms.add(stored.form());
            results.add(finalResult(stored));
            originals.add(origins.originalTargets(stored.id()));
        }
        String year = filter.year() == null ? "" : filter.year() + " ";
        String name = year + "自评表 " + forms.size() + " 张." + format.extension();
        return new File(write(forms, results, originals, format, unit), format, name, "evaluations-" + forms.size() + "." + format.extension());
    }

    /** What the table stands at, as the screen and the API show it: the re-checked result once finance re-checked it. */
    private FinalResult finalResult(StoredEvaluation stored) {
        return evaluations.score(stored).result();
    }

    private static byte[] write(List<SelfEvaluation> forms, List<FinalResult> results, List<OriginalTargets> originals,
                                ExportFormat format, CurrencyUnit unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == ExportFormat.XLSX) {
                new WorkbookExporter(Schemes.builtIn(), unit).write(forms, results, originals, out);
            } else {
                new PdfExporter().write(forms, results, originals, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
