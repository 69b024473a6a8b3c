package org.jixiao.office.pdf;

import org.jixiao.office.QuietLibraries;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.Refusal;

/**
 * Reads tables from a PDF: its text, extracted with PDFBox, read by the same {@link DisclosureReader} as any
 * published text. A scan (no text), a password-protected PDF or one of too many pages is refused.
 */
public final class PdfTableReader {
    static {
        QuietLibraries.apply();
    }

    /** A disclosure of a department's tables runs to tens of pages; thousands is no disclosure. */
    static final int MAX_PAGES = 2_000;

    private final DisclosureReader reader = new DisclosureReader();

    public ReadResult read(Path file) {
        String source = file.toString();
        String text;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                return Refusal.because(source, "refused.pdf_pages", MAX_PAGES);
            }
            text = TableText.of(doc);
        } catch (InvalidPasswordException e) {
            return Refusal.because(source, "refused.pdf_password");
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Refusal.because(source, "refused.pdf_unreadable", why);
        }
        if (text.isBlank()) {
            return Refusal.because(source, "refused.pdf_no_text");
        }
        return reader.read(text, source);
    }

    /** The text of a PDF: its tagged tables row by row, or else its pages read by the position of their text. */
    static final class TableText {
        private TableText() {
        }

        static String of(PDDocument doc) throws IOException {
            String tagged = TaggedTables.text(doc);
            if (tagged != null) {
                return tagged;
            }
            return PositionedTables.text(doc);
        }
    }
}
