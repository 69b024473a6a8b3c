package org.jixiao.office.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.office.QuietLibraries;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.OfficialTables;
import org.jixiao.office.table.OriginalTargets;

/**
 * Evaluations as one PDF of official tables: A4, one table per page where it fits (a longer one continues on the next
 * with its title block repeated), the Chinese font embedded as one subset, page numbers, tagged for screen readers and
 * for reading back ({@link TableStructure}). The grid of each {@link OfficialTable} is drawn directly with PDFBox —
 * its columns in the grid's proportions, each cell's text broken by the font's widths ({@link TableLayout}), rows onto
 * pages ({@link PageFlow}) — which takes a small part of the time an HTML renderer spent laying out the same grid
 * (BENCHMARKS.md). Tables are laid out and pages painted on every core; the document is assembled on one.
 */
public final class PdfExporter {
    static {
        QuietLibraries.apply();
    }

    private static final String LANGUAGE = "zh-CN";

    private final ChineseFont font;
    private final TextLines text;

    public PdfExporter() throws IOException {
        this.font = ChineseFont.find();
        this.text = new TextLines(font);
    }

    public void write(List<SelfEvaluation> evaluations, OutputStream out) throws IOException {
        writeTables(evaluations.stream().map(OfficialTables::of).toList(), out);
    }

    /** Evaluations with the result each stands at ({@code results.get(k)} for evaluation k; null where none). */
    public void write(List<SelfEvaluation> evaluations, List<FinalResult> results, OutputStream out) throws IOException {
        write(evaluations, results, Collections.nCopies(evaluations.size(), OriginalTargets.none()), out);
    }

    /**
     * Evaluations with the result each stands at and the original (年初) targets of the rows an approved adjustment
     * changed ({@code originals.get(k)} for evaluation k).
     */
    public void write(List<SelfEvaluation> evaluations, List<FinalResult> results, List<OriginalTargets> originals,
                      OutputStream out) throws IOException {
        List<OfficialTable> tables = new ArrayList<>();
        for (int k = 0; k < evaluations.size(); k++) {
            tables.add(OfficialTables.of(evaluations.get(k), results.get(k), originals.get(k)));
        }
        writeTables(tables, out);
    }

    /** Official tables of any kind (a self-evaluation's, a declaration's) as one PDF. */
    public void writeTables(List<OfficialTable> tables, OutputStream out) throws IOException {
        List<TableLayout> layouts;
        List<PagePainter.Painted> painted;
        try {
            layouts = tables.parallelStream().map(t -> TableLayout.of(t, text)).toList();
            List<List<PageFlow.Box>> pages = PageFlow.of(layouts);
            painted = IntStream.range(0, pages.size()).parallel().mapToObj(k -> paint(pages.get(k), k, pages.size())).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (PDDocument doc = new PDDocument()) {
            PDType0Font pdf = font.loadInto(doc);
            PDResources resources = new PDResources();
            resources.put(PagePainter.FONT, pdf);
            TableStructure structure = new TableStructure(LANGUAGE);
            layouts.forEach(structure::table);
            BitSet used = new BitSet();
            for (int k = 0; k < painted.size(); k++) {
                PagePainter.Painted p = painted.get(k);
                PDPage page = new PDPage(PageGeometry.SIZE);
                page.setResources(resources);
                page.setContents(new PDStream(compressed(doc, p.content())));
                page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
                doc.addPage(page);
                structure.page(page, k, p.marked());
                used.or(p.characters());
            }
            used.stream().forEach(pdf::addToSubset);
            // once, with every character of every page: the subset is embedded a single time per document
            pdf.subset();
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            structure.into(catalog);
            describe(doc, catalog, tables.isEmpty() ? "" : tables.get(0).title());
            doc.save(out);
        }
    }

    private PagePainter.Painted paint(List<PageFlow.Box> boxes, int page, int pages) {
        try {
            return PagePainter.paint(boxes, page, pages, font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static COSStream compressed(PDDocument doc, byte[] deflated) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream raw = s.createRawOutputStream()) {
            raw.write(deflated);
        }
        s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return s;
    }

    /** Language, title shown by the viewer, marked as tagged, and the same in the XMP metadata (PDF/UA part 1). */
    private static void describe(PDDocument doc, PDDocumentCatalog catalog, String title) throws IOException {
        catalog.setLanguage(LANGUAGE);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("jixiao");
        info.setCreationDate(Calendar.getInstance());
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpTitle.of(title));
        catalog.setMetadata(metadata);
    }
}
