package org.jixiao.office.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.jixiao.office.pdf.PageFlow.Box;
import org.jixiao.office.pdf.TableLayout.Align;
import org.jixiao.office.pdf.TableLayout.Look;

/**
 * One page's content stream, written with PDFBox's content stream writer: the shading and the borders as one artifact,
 * then each cell's lines as marked content of its TD or TH (MCID in the order the cells are read), the page number as
 * a pagination artifact. Text is shown by glyph id in the Identity-H encoding of {@link ChineseFont}; the characters a
 * page uses are collected for the document's one font subset. Touches no document object, so pages are painted on
 * every core at once; the stream comes out Flate-compressed.
 */
final class PagePainter {
    /** A painted page: its compressed content, the boxes its MCIDs mark (MCID = index) and the characters it uses. */
    record Painted(byte[] content, List<Box> marked, BitSet characters) {
    }

    static final COSName FONT = COSName.getPDFName("F1");
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final float BORDER = 0.5f;
    private static final float SHADE = 0xee / 255f;

    private final ChineseFont font;
    private final TextLines text;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    private final ContentStreamWriter out = new ContentStreamWriter(bytes);
    private final List<Box> marked = new ArrayList<>();
    private final BitSet characters = new BitSet();

    private PagePainter(ChineseFont font) {
        this.font = font;
        this.text = new TextLines(font);
    }

    static Painted paint(List<Box> boxes, int page, int pages, ChineseFont font) throws IOException {
        PagePainter p = new PagePainter(font);
        p.grid(boxes);
        for (Box b : boxes) {
            p.cell(b);
        }
        p.pageNumber(page, pages);
        return new Painted(deflated(p.bytes.toByteArray()), p.marked, p.characters);
    }

    private void grid(List<Box> boxes) throws IOException {
        out.writeTokens(ARTIFACT, op("BMC"));
        boolean shaded = false;
        for (Box b : boxes) {
            if (b.cell().look().shaded) {
                if (!shaded) {
                    out.writeTokens(number(SHADE), op("g"));
                    shaded = true;
                }
                rectangle(b);
            }
        }
        if (shaded) {
            out.writeToken(op("f"));
        }
        out.writeTokens(number(BORDER), op("w"), COSInteger.ZERO, op("g"));
        for (Box b : boxes) {
            if (b.cell().look().bordered) {
                rectangle(b);
            }
        }
        out.writeTokens(op("S"), op("EMC"));
    }

    private void rectangle(Box b) throws IOException {
        out.writeTokens(number(b.x()), number(flip(b.y() + b.height())), number(b.width()), number(b.height()), op("re"));
    }

    private void cell(Box b) throws IOException {
        if (b.from() >= b.to()) {
            return;
        }
        Look look = b.cell().look();
        if (b.repeated()) {
            out.writeTokens(ARTIFACT, op("BMC"));
        } else {
            COSDictionary mcid = new COSDictionary();
            mcid.setInt(COSName.MCID, marked.size());
            out.writeTokens(COSName.getPDFName(b.cell().isHeader() ? "TH" : "TD"), mcid, op("BDC"));
            marked.add(b);
        }
        float line = look.lineHeight();
        int n = b.to() - b.from();
        float inner = b.height() - look.top - look.bottom;
        float top = b.y() + look.top + (b.middle() ? Math.max(0, (inner - n * line) / 2) : 0);
        float baseline = (line - (font.ascent() + font.descent()) * look.size / 1000f) / 2 + font.ascent() * look.size / 1000f;
        out.writeTokens(op("BT"), FONT, number(look.size), op("Tf"));
        // the text rendering mode outlives BT … ET (it is graphics state): set for every cell. WenQuanYi has no bold
        // face, so bold is the glyphs filled and stroked with a thin line.
        if (look.bold) {
            out.writeTokens(COSInteger.TWO, op("Tr"), number(look.size * 0.03f), op("w"));
        } else {
            out.writeTokens(COSInteger.ZERO, op("Tr"));
        }
        for (int k = b.from(); k < b.to(); k++) {
            String s = b.cell().lines().get(k);
            float x = switch (look.align) {
                case LEFT -> b.x() + look.left;
                case CENTRE -> b.x() + (b.width() - text.width(s, look.size)) / 2;
                case RIGHT -> b.x() + b.width() - look.right - text.width(s, look.size);
            };
            show(s, x, flip(top + (k - b.from()) * line + baseline));
        }
        out.writeTokens(op("ET"), op("EMC"));
    }

    private void pageNumber(int page, int pages) throws IOException {
        String s = "第 " + (page + 1) + " 页 / 共 " + pages + " 页";
        COSDictionary pagination = new COSDictionary();
        pagination.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        out.writeTokens(ARTIFACT, pagination, op("BDC"), op("BT"), FONT, number(PageGeometry.FOOTER_SIZE), op("Tf"));
        float x = PageGeometry.LEFT + (PageGeometry.WIDTH - text.width(s, PageGeometry.FOOTER_SIZE)) / 2;
        show(s, x, flip(PageGeometry.FOOTER_BASELINE));
        out.writeTokens(op("ET"), op("EMC"));
    }

    private void show(String s, float x, float y) throws IOException {
        byte[] glyphs = new byte[2 * s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int g = font.glyph(cp);
            glyphs[n++] = (byte) (g >> 8);
            glyphs[n++] = (byte) g;
            characters.set(cp);
        }
        out.writeTokens(COSInteger.ONE, COSInteger.ZERO, COSInteger.ZERO, COSInteger.ONE, number(x), number(y), op("Tm"),
                new COSString(n == glyphs.length ? glyphs : java.util.Arrays.copyOf(glyphs, n)), op("Tj"));
    }

    private static float flip(float top) {
        return PageGeometry.SIZE.getHeight() - top;
    }

    private static COSFloat number(float f) {
        return new COSFloat(Math.round(f * 100) / 100f);
    }

    private static Operator op(String name) {
        return Operator.getOperator(name);
    }

    private static byte[] deflated(byte[] content) throws IOException {
        ByteArrayOutputStream z = new ByteArrayOutputStream(content.length / 3 + 64);
        try (DeflaterOutputStream d = new DeflaterOutputStream(z)) {
            d.write(content);
        }
        return z.toByteArray();
    }
}
