package org.jixiao.office.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The cell borders drawn on a page: stroked straight segments and filled rectangles thin enough to be a line, as
 * horizontal and vertical rulings in page coordinates with y growing downwards (as text positions have it). This is
 * how tabula-java's lattice mode finds a spreadsheet's cells; PDFs printed from Excel, WPS or LibreOffice draw
 * every border so.
 */
final class Rulings extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this (in points) is a line. */
    private static final float THIN = 2f;
    /** Slope tolerance: a segment whose ends differ less than this across it is straight. */
    private static final float STRAIGHT = 0.5f;

    /** A horizontal ruling at {@code y} from {@code from} to {@code to} (x), or a vertical one at x = y. */
    record Ruling(float at, float from, float to) {
    }

    private final float pageHeight;
    private final List<Ruling> horizontal = new ArrayList<>();
    private final List<Ruling> vertical = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>(); // segments x0 y0 x1 y1, PDF space
    private final List<float[]> rectangles = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float start = new Point2D.Float();

    private Rulings(PDPage page) {
        super(page);
        this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    static Rulings of(PDPage page) throws IOException {
        Rulings r = new Rulings(page);
        r.processPage(page);
        return r;
    }

    List<Ruling> horizontal() {
        return horizontal;
    }

    List<Ruling> vertical() {
        return vertical;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[]{x0, y0, x1, y1});
        segment(x0, y0, x1, y0);
        segment(x1, y0, x1, y1);
        segment(x1, y1, x0, y1);
        segment(x0, y1, x0, y0);
        current = new Point2D.Float(x0, y0);
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        segment(current.x, current.y, x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3); // a curve is no border
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        lineTo(start.x, start.y);
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            keep(s[0], s[1], s[2], s[3]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h < THIN && w >= THIN) {
                keep(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w < THIN && h >= THIN) {
                keep((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // a clip path is no border; the path is ended by the n that follows
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void segment(float x0, float y0, float x1, float y1) {
        path.add(new float[]{x0, y0, x1, y1});
    }

    private void clear() {
        path.clear();
        rectangles.clear();
    }

    private void keep(float x0, float y0, float x1, float y1) {
        if (Math.abs(y0 - y1) < STRAIGHT && Math.abs(x0 - x1) >= THIN) {
            horizontal.add(new Ruling(pageHeight - y0, Math.min(x0, x1), Math.max(x0, x1)));
        } else if (Math.abs(x0 - x1) < STRAIGHT && Math.abs(y0 - y1) >= THIN) {
            vertical.add(new Ruling(x0, pageHeight - Math.max(y0, y1), pageHeight - Math.min(y0, y1)));
        }
    }
}
