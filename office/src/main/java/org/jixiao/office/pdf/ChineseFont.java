package org.jixiao.office.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font embedded in every PDF. No Chinese font ships on Maven Central and the Noto CJK fonts are OTF/CFF,
 * which the renderer cannot embed; WenQuanYi Micro Hei (Apache-2.0, Debian fonts-wqy-microhei) and Droid Sans
 * Fallback are TrueType and work. A .ttc collection is opened with fontbox, which the renderer's own loader cannot.
 */
final class ChineseFont {
    /** Where to look, first match wins; {@code -Djixiao.font=FILE} or JIXIAO_FONT put another first. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final Path file;
    private final byte[] bytes;

    private ChineseFont(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /** Finds and reads the font once; refuses with a message saying what to install when there is none. */
    static ChineseFont find() throws IOException {
        String chosen = System.getProperty("jixiao.font", System.getenv("JIXIAO_FONT"));
        if (chosen != null && !chosen.isBlank()) {
            Path p = Path.of(chosen);
            if (!Files.isRegularFile(p)) {
                throw new IOException("找不到指定的中文字体 " + p + " / the Chinese font " + p + " does not exist");
            }
            return new ChineseFont(p, Files.readAllBytes(p));
        }
        for (String c : CANDIDATES) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p)) {
                return new ChineseFont(p, Files.readAllBytes(p));
            }
        }
        throw new IOException("未找到可嵌入的中文 TrueType 字体；请安装 fonts-wqy-microhei，或用 -Djixiao.font=FILE 指定"
                + " / no Chinese TrueType font to embed: install fonts-wqy-microhei or name one with -Djixiao.font=FILE");
    }

    /** The font, loaded into {@code doc} to be subset-embedded with the glyphs the document uses. */
    PDType0Font loadInto(PDDocument doc) throws IOException {
        if (file.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return PDType0Font.load(doc, first[0], true);
        }
        return PDType0Font.load(doc, new ByteArrayInputStream(bytes), true);
    }

    Path file() {
        return file;
    }
}
