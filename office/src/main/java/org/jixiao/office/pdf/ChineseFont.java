package org.jixiao.office.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font embedded in every PDF. No Chinese font ships on Maven Central and the Noto CJK fonts are OTF/CFF,
 * which the renderer cannot embed; WenQuanYi Micro Hei (Apache-2.0, Debian fonts-wqy-microhei) and Droid Sans
 * Fallback are TrueType and work. A .ttc collection is opened with fontbox, which the renderer's own loader cannot.
 *
 * <p>Parsing the 5 MB font (its cmap and glyph names cover some 30,000 glyphs) took a quarter of the time of
 * exporting a one-table PDF, so each font file is parsed once per process and the parsed font is shared by every
 * document: fontbox reads a font's tables under a lock and never changes them afterwards, and a document only
 * reads the font to subset it, so sharing across documents and threads is safe. The font is never closed; it lives
 * as long as the process.
 */
final class ChineseFont {
    /** Where to look, first match wins; {@code -Djixiao.font=FILE} or JIXIAO_FONT put another first. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static final Map<Path, ChineseFont> PARSED = new ConcurrentHashMap<>();

    private final TrueTypeFont font;

    private ChineseFont(TrueTypeFont font) {
        this.font = font;
    }

    /** Finds the font, parsed on first use; refuses with a message saying what to install when there is none. */
    static ChineseFont find() throws IOException {
        String chosen = System.getProperty("jixiao.font", System.getenv("JIXIAO_FONT"));
        if (chosen != null && !chosen.isBlank()) {
            Path p = Path.of(chosen);
            if (!Files.isRegularFile(p)) {
                throw new IOException("找不到指定的中文字体 " + p + " / the Chinese font " + p + " does not exist");
            }
            return parsed(p);
        }
        for (String c : CANDIDATES) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p)) {
                return parsed(p);
            }
        }
        throw new IOException("未找到可嵌入的中文 TrueType 字体；请安装 fonts-wqy-microhei，或用 -Djixiao.font=FILE 指定"
                + " / no Chinese TrueType font to embed: install fonts-wqy-microhei or name one with -Djixiao.font=FILE");
    }

    private static ChineseFont parsed(Path file) throws IOException {
        ChineseFont known = PARSED.get(file);
        if (known != null) {
            return known;
        }
        // Two threads may both parse on first use; one result wins and the other is dropped, which costs time once
        // and never correctness, where computeIfAbsent would have to smuggle the IOException out of its lambda.
        ChineseFont fresh = new ChineseFont(parse(file));
        ChineseFont won = PARSED.putIfAbsent(file, fresh);
        return won == null ? fresh : won;
    }

    private static TrueTypeFont parse(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        TrueTypeFont font;
        if (file.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            new TrueTypeCollection(new ByteArrayInputStream(bytes)).processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            font = first[0];
        } else {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }
        if (font == null) {
            throw new IOException("字体文件中没有字体 " + file + " / no font in " + file);
        }
        // Read the tables every document needs now, once, rather than in whichever export first asks for them.
        font.getUnicodeCmapLookup();
        font.getHorizontalMetrics();
        font.getPostScript();
        return font;
    }

    /** The font, loaded into {@code doc} to be subset-embedded with the glyphs the document uses. */
    PDType0Font loadInto(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, font, true);
    }
}
