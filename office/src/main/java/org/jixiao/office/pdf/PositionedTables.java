package org.jixiao.office.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.office.pdf.PositionedText.Glyph;

/**
 * The text of an untagged PDF (as Word, WPS, LibreOffice and finance systems print them), page by page, read by
 * position: glyphs into the cells their drawn borders make ({@link Rulings}, {@link CellGrid}), rows of cells as
 * tab-separated lines.
 */
final class PositionedTables {
    private PositionedTables() {
    }

    static String text(PDDocument doc) throws IOException {
        List<List<Glyph>> pages = PositionedText.of(doc);
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pages.size() && p < doc.getNumberOfPages(); p++) {
            out.append(CellGrid.text(Rulings.of(doc.getPage(p)), pages.get(p))).append('\n');
        }
        return out.toString();
    }
}
