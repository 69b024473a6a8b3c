package org.jixiao.office.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jixiao.office.SeedTables;
import org.junit.jupiter.api.Test;

/** A PDF needs no font of the machine's: the Chinese font ships inside jixiao and is embedded as a subset. */
class PdfFontTest {

    private static List<PDFont> fontsOf(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    @Test
    void every_pdf_embeds_the_built_in_wenquanyi_font_as_a_subset() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(SeedTables.all(), out);

        List<PDFont> fonts = fontsOf(out.toByteArray());
        assertThat(fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            // a subset's name carries a six-letter tag before the font's: ABCDEF+WenQuanYiMicroHei
            assertThat(f.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
        });
    }
}
