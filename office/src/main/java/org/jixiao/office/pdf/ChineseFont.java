package org.jixiao.office.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jixiao.office.OfficeMessages;

/**
 * The Chinese font embedded in every PDF. WenQuanYi Micro Hei (Apache-2.0; Debian's fonts-wqy-microhei, its
 * copyright file beside it) ships inside the product, so a PDF can be written on a machine with no fonts at all;
 * {@code -Djixiao.font=FILE} or JIXIAO_FONT names another TrueType font or collection. No Chinese font ships on
 * Maven Central, and the Noto CJK fonts are OTF/CFF, which the renderer cannot embed. A .ttc collection is opened
 * with fontbox, which the renderer's own loader cannot.
 *
 * <p>Parsing the 5 MB font (its cmap and glyph names cover some 30,000 glyphs) took a quarter of the time of
 * exporting a one-table PDF, so each font is parsed once per process and the parsed font is shared by every
 * document: fontbox reads a font's tables under a lock and never changes them afterwards, and a document only
 * reads the font to subset it, so sharing across documents and threads is safe. The font is never closed; it lives
 * as long as the process. The glyph of each character and each glyph's width are tabled then too, so laying out
 * text measures it without asking the font.
 */
final class ChineseFont {
    /** The font that ships with the product, a resource beside this class. */
    static final String BUILT_IN = "font/wqy-microhei.ttc";
    /** Its first font's PostScript name, the one embedded. */
    private static final String BUILT_IN_NAME = "WenQuanYiMicroHei";

    private static final Map<String, ChineseFont> PARSED = new ConcurrentHashMap<>();

    private final TrueTypeFont font;
    /** The glyph of every character of the Basic Multilingual Plane (0 where the font has none), looked up once. */
    private final char[] glyphOfChar = new char[0x10000];
    /** Each glyph's advance width, in thousandths of the font size. */
    private final float[] advance;
    private final float ascent;
    private final float descent;

    private ChineseFont(TrueTypeFont font) throws IOException {
        this.font = font;
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int c = 0; c < glyphOfChar.length; c++) {
            glyphOfChar[c] = (char) cmap.getGlyphId(c);
        }
        float perEm = 1000f / font.getUnitsPerEm();
        advance = new float[font.getNumberOfGlyphs()];
        for (int g = 0; g < advance.length; g++) {
            advance[g] = font.getAdvanceWidth(g) * perEm;
        }
        ascent = font.getHorizontalHeader().getAscender() * perEm;
        descent = -font.getHorizontalHeader().getDescender() * perEm;
    }

    /**
     * The glyph that draws {@code codePoint}, 0 where the font has none. Content streams carry these ids: the
     * document's font is written as Identity-H, whose character codes are the glyph ids of the whole font (the subset
     * maps them to its own). Safe from any thread: the table is filled when the font is parsed.
     */
    int glyph(int codePoint) throws IOException {
        return codePoint < glyphOfChar.length ? glyphOfChar[codePoint] : font.getUnicodeCmapLookup().getGlyphId(codePoint);
    }

    /** A glyph's advance width in thousandths of the font size. */
    float advance(int glyph) {
        return glyph < advance.length ? advance[glyph] : 0;
    }

    /** Height above the baseline, in thousandths of the font size. */
    float ascent() {
        return ascent;
    }

    /** Depth below the baseline (positive), in thousandths of the font size. */
    float descent() {
        return descent;
    }

    /** The font named by {@code -Djixiao.font} / JIXIAO_FONT, or the built-in one; parsed on first use. */
    static ChineseFont find() throws IOException {
        String chosen = System.getProperty("jixiao.font", System.getenv("JIXIAO_FONT"));
        if (chosen == null || chosen.isBlank()) {
            return parsed(BUILT_IN);
        }
        Path p = Path.of(chosen);
        if (!Files.isRegularFile(p)) {
            throw new IOException(OfficeMessages.MESSAGES.both("font.missing", p));
        }
        return parsed(p.toString());
    }

    private static ChineseFont parsed(String name) throws IOException {
        ChineseFont known = PARSED.get(name);
        if (known != null) {
            return known;
        }
        // Two threads may both parse on first use; one result wins and the other is dropped, which costs time once
        // and never correctness, where computeIfAbsent would have to smuggle the IOException out of its lambda.
        ChineseFont fresh = new ChineseFont(parse(name, bytesOf(name)));
        ChineseFont won = PARSED.putIfAbsent(name, fresh);
        return won == null ? fresh : won;
    }

    private static byte[] bytesOf(String name) throws IOException {
        if (!name.equals(BUILT_IN)) {
            return Files.readAllBytes(Path.of(name));
        }
        try (InputStream in = ChineseFont.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException(OfficeMessages.MESSAGES.both("font.built_in_missing", BUILT_IN));
            }
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(String file, byte[] bytes) throws IOException {
        TrueTypeFont font;
        if (file.equals(BUILT_IN)) {
            // the collection's first font; its second (the monospaced one) is never parsed
            font = new TrueTypeCollection(new ByteArrayInputStream(bytes)).getFontByName(BUILT_IN_NAME);
        } else if (file.toLowerCase().endsWith(".ttc")) {
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
            throw new IOException(OfficeMessages.MESSAGES.both("font.none_in_file", file));
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
