package org.jixiao.office.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tables of a tagged PDF (the accessible PDFs jixiao writes, and any other tagged one) as tab-separated rows,
 * read from the structure tree: each TD's text whole, however the page wrapped it, at its column after the
 * row and column spans before it. Null when the PDF has no tagged table; the caller then reads the page text.
 */
final class TaggedTables {
    private final Map<PDPage, Map<Integer, String>> textByPage = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private int[] busyRows = new int[0];
    private int rowsWritten;

    private TaggedTables() {
    }

    static String text(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return null;
        }
        TaggedTables t = new TaggedTables();
        t.walk(root, null, false);
        return t.rowsWritten == 0 ? null : t.out.toString();
    }

    private void walk(PDStructureNode node, PDPage page, boolean inHead) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                PDPage p = e.getPage() != null ? e.getPage() : page;
                if ("Table".equals(e.getStructureType())) {
                    busyRows = new int[0];
                    out.append('\n');
                }
                if ("TR".equals(e.getStructureType())) {
                    row(e, p, inHead);
                } else {
                    walk(e, p, inHead || "THead".equals(e.getStructureType()));
                }
            }
        }
    }

    private void row(PDStructureElement tr, PDPage page, boolean inHead) throws IOException {
        java.util.List<String> cells = new java.util.ArrayList<>();
        int col = 0;
        for (Object kid : tr.getKids()) {
            if (!(kid instanceof PDStructureElement td) || !("TD".equals(td.getStructureType()) || "TH".equals(td.getStructureType()))) {
                continue;
            }
            while (col < busyRows.length && busyRows[col] > 0) {
                col++;
            }
            int colSpan = span(td, true);
            int rowSpan = span(td, false);
            while (cells.size() < col) {
                cells.add("");
            }
            StringBuilder text = new StringBuilder();
            collect(td, td.getPage() != null ? td.getPage() : page, text, inHead ? new PDPage[1] : null);
            cells.add(text.toString().replace('\t', ' ').strip());
            if (busyRows.length < col + colSpan) {
                busyRows = java.util.Arrays.copyOf(busyRows, col + colSpan);
            }
            for (int c = col; c < col + colSpan; c++) {
                busyRows[c] = rowSpan;
            }
            col += colSpan;
        }
        for (int c = 0; c < busyRows.length; c++) {
            busyRows[c] = Math.max(0, busyRows[c] - 1);
        }
        out.append(String.join("\t", cells)).append('\n');
        rowsWritten++;
    }

    private static int span(PDStructureElement td, boolean columns) {
        var attributes = td.getAttributes();
        for (int k = 0; k < attributes.size(); k++) {
            if (attributes.getObject(k) instanceof PDTableAttributeObject t) {
                int n = columns ? t.getColSpan() : t.getRowSpan();
                return Math.max(1, n);
            }
        }
        return 1;
    }

    /**
     * A cell's text; a header cell's from the first page only ({@code first} not null), since a header row
     * repeated on the next page refers to its content again there. A body cell broken over a page break has
     * text on both pages.
     */
    private void collect(PDStructureNode node, PDPage page, StringBuilder text, PDPage[] first) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof Integer mcid) {
                append(page, mcid, text, first);
            } else if (kid instanceof PDMarkedContentReference ref) {
                append(ref.getPage() != null ? ref.getPage() : page, ref.getMCID(), text, first);
            } else if (kid instanceof PDStructureElement e) {
                collect(e, e.getPage() != null ? e.getPage() : page, text, first);
            }
        }
    }

    private void append(PDPage page, int mcid, StringBuilder text, PDPage[] first) throws IOException {
        if (first != null && first[0] != null && first[0] != page) {
            return;
        }
        String s = content(page).getOrDefault(mcid, "");
        if (!s.isEmpty() && first != null) {
            first[0] = page;
        }
        text.append(s);
    }

    private Map<Integer, String> content(PDPage page) throws IOException {
        if (page == null) {
            return Map.of();
        }
        Map<Integer, String> byId = textByPage.get(page);
        if (byId == null) {
            byId = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                index(mc, byId);
            }
            textByPage.put(page, byId);
        }
        return byId;
    }

    private static void index(PDMarkedContent mc, Map<Integer, String> byId) {
        StringBuilder text = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition tp) {
                text.append(tp.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                index(inner, byId);
            }
        }
        if (mc.getMCID() >= 0) {
            byId.merge(mc.getMCID(), text.toString(), String::concat);
        }
    }
}
