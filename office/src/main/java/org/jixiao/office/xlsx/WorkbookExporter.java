package org.jixiao.office.xlsx;

import org.jixiao.office.QuietLibraries;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.office.table.OfficialTables;
import org.jixiao.office.table.OriginalTargets;

/**
 * Evaluations as an .xlsx workbook of official tables: one sheet per table, and before them a summary sheet when
 * there are several. Each sheet is written out as soon as it is drawn (fastexcel), so a thousand tables fit in a
 * small heap.
 */
public final class WorkbookExporter {
    static {
        QuietLibraries.apply();
    }

    private final Schemes schemes;
    private final CurrencyUnit summaryUnit;

    public WorkbookExporter(Schemes schemes, CurrencyUnit summaryUnit) {
        this.schemes = schemes;
        this.summaryUnit = summaryUnit;
    }

    public WorkbookExporter() {
        this(Schemes.builtIn(), CurrencyUnit.WAN_YUAN);
    }

    public void write(List<SelfEvaluation> evaluations, OutputStream out) throws IOException {
        write(evaluations, java.util.Collections.nCopies(evaluations.size(), null), out);
    }

    /** Evaluations with the result each stands at ({@code results.get(k)} for evaluation k; null where none). */
    public void write(List<SelfEvaluation> evaluations, List<FinalResult> results, OutputStream out) throws IOException {
        write(evaluations, results, java.util.Collections.nCopies(evaluations.size(), OriginalTargets.none()), out);
    }

    /**
     * Evaluations with the result each stands at and the original (年初) targets of the rows an approved adjustment
     * changed ({@code originals.get(k)} for evaluation k).
     */
    public void write(List<SelfEvaluation> evaluations, List<FinalResult> results, List<OriginalTargets> originals,
                      OutputStream out) throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of(SummarySheet.NAME));
        for (SelfEvaluation e : evaluations) {
            names.add(sheetName(names.size() + 1, e, taken));
        }
        Workbook wb = FastSheetCells.workbook(out);
        if (evaluations.size() > 1) {
            List<SummarySheet.Line> lines = new ArrayList<>();
            for (int k = 0; k < evaluations.size(); k++) {
                SelfEvaluation e = evaluations.get(k);
                lines.add(new SummarySheet.Line(e, score(e), results.get(k), names.get(k)));
            }
            Worksheet summary = wb.newWorksheet(SummarySheet.NAME);
            SummarySheet.write(summary, lines, summaryUnit);
            summary.finish();
        }
        for (int k = 0; k < evaluations.size(); k++) {
            FastSheetCells.table(wb, names.get(k), OfficialTables.of(evaluations.get(k), results.get(k), originals.get(k)));
        }
        wb.finish();
    }

    private ScoreSheet score(SelfEvaluation e) {
        return schemes.scorer(schemes.forLayout(e.layout())).score(e);
    }

    /** "3 项目名称…": unique, at most 31 characters, none of the characters Excel forbids in a sheet name. */
    static String sheetName(int index, SelfEvaluation e, Set<String> taken) {
        return sheetName(index, e.header().project(), taken);
    }

    /** "N project", cut to Excel's 31 characters, with ~2, ~3 … where the name is taken already. */
    static String sheetName(int index, String project, Set<String> taken) {
        project = project == null || project.isBlank() ? "表" : project;
        String base = WorkbookUtil.createSafeSheetName(index + " " + project, '_');
        String name = base.length() > 31 ? base.substring(0, 31) : base;
        for (int k = 2; !taken.add(name); k++) {
            String suffix = "~" + k;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
