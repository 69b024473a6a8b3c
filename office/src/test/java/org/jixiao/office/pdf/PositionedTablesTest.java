package org.jixiao.office.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PositionedTablesTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** What a test draws on its one page. */
    private interface Drawing {
        void on(PDPageContentStream s) throws IOException;
    }

    /** The text read back from a one-page PDF drawn by {@code drawing}. */
    private static String read(Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                drawing.on(s);
            }
            return PositionedTables.text(doc).strip();
        }
    }

    @Test
    void text_drawn_in_another_order_than_the_page_shows_reads_row_by_row_in_its_cells() throws IOException {
        String text = read(s -> {
            grid(s, new float[]{100, 200, 300}, new float[]{700, 680, 660});
            // the bottom right cell first, the top left last: the stream order is not the reading order
            text(s, 210, 665, "9.50");
            text(s, 110, 665, "second");
            text(s, 210, 685, "10");
            text(s, 110, 685, "first");
            text(s, 100, 720, "Title above the table");
        });
        assertThat(text).isEqualTo("Title above the table\nfirst\t10\nsecond\t9.50");
    }

    @Test
    void a_cell_wrapped_over_two_lines_is_one_cell_and_an_empty_cell_keeps_its_column() throws IOException {
        String text = read(s -> {
            grid(s, new float[]{100, 200, 300, 400}, new float[]{700, 660});
            text(s, 110, 688, "wrapped");
            text(s, 110, 670, "name");
            text(s, 310, 680, "5");
        });
        assertThat(text).isEqualTo("wrapped name\t\t5");
    }

    /** Borders stroked as single segments, the way LibreOffice prints a sheet. */
    private static void grid(PDPageContentStream s, float[] xs, float[] ys) throws IOException {
        for (float y : ys) {
            s.moveTo(xs[0], y);
            s.lineTo(xs[xs.length - 1], y);
            s.stroke();
        }
        for (float x : xs) {
            s.moveTo(x, ys[0]);
            s.lineTo(x, ys[ys.length - 1]);
            s.stroke();
        }
    }

    private static void text(PDPageContentStream s, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(FONT, 10);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
