package org.jixiao.office.pdf;

import org.jixiao.office.QuietLibraries;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.OfficialTables;
import org.jixiao.office.table.OriginalTargets;

/** Evaluations as one PDF of official tables: A4, the Chinese font embedded, page numbers, one table per page where it fits. */
public final class PdfExporter {
    static {
        QuietLibraries.apply();
    }

    private final ChineseFont font;

    public PdfExporter() throws IOException {
        this.font = ChineseFont.find();
    }

    public void write(List<SelfEvaluation> evaluations, OutputStream out) throws IOException {
        writeTables(evaluations.stream().map(OfficialTables::of).toList(), out);
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
        List<OfficialTable> tables = new java.util.ArrayList<>();
        for (int k = 0; k < evaluations.size(); k++) {
            tables.add(OfficialTables.of(evaluations.get(k), results.get(k), originals.get(k)));
        }
        writeTables(tables, out);
    }

    /** Official tables of any kind (a self-evaluation's, a declaration's) as one PDF. */
    public void writeTables(List<OfficialTable> tables, OutputStream out) throws IOException {
        String html = TableHtml.document(tables);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(font.loadInto(doc)), TableHtml.FONT_FAMILY);
            builder.withHtmlContent(html, null);
            builder.withProducer("jixiao");
            builder.toStream(out);
            builder.run();
        }
    }
}
