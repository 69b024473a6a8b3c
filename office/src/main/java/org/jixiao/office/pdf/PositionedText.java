package org.jixiao.office.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of each page with their positions, whatever order the content stream draws them in: an untagged PDF
 * is read by where its text stands, never by the order it was written.
 */
final class PositionedText extends PDFTextStripper {
    /** One glyph: its text, its box (top-down y) and its height, for gaps between words. */
    record Glyph(String text, float x, float y, float width, float height) {
        float centreX() {
            return x + width / 2;
        }

        float centreY() {
            return y - height / 2;
        }
    }

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> page;

    private PositionedText() {
        setSortByPosition(true);
    }

    /** Every page's glyphs, in page order. */
    static List<List<Glyph>> of(PDDocument doc) throws IOException {
        PositionedText t = new PositionedText();
        t.getText(doc);
        return t.pages;
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page = new ArrayList<>();
        pages.add(page);
        super.startPage(p);
    }

    /**
     * The glyphs of each word the stripper hands on. Its text, not each glyph's own mapping, is the one to keep: the
     * stripper has applied the PDF's ActualText and the font's corrections to it by then.
     */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (page == null || positions.isEmpty()) {
            return;
        }
        boolean oneToOne = text.length() == positions.size();
        for (int i = 0; i < positions.size(); i++) {
            TextPosition t = positions.get(i);
            String s = oneToOne ? String.valueOf(text.charAt(i)) : t.getUnicode();
            if (s != null && !s.isBlank()) {
                page.add(new Glyph(s, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), Math.max(t.getHeightDir(), 1f)));
            }
        }
    }
}
