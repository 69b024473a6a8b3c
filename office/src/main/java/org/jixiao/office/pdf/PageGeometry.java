package org.jixiao.office.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The printed page of the official tables: A4 portrait, as the national 自评表 is printed, margins of 10 mm at the top,
 * 9 mm at the sides and 12 mm at the bottom (the page number stands in it), 8.5 pt text in tight rows so that a table
 * of about twenty indicators fits one page. Distances in points, y measured down from the page's top edge.
 */
final class PageGeometry {
    private static final float MM = 72f / 25.4f;
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = 9 * MM;
    static final float WIDTH = SIZE.getWidth() - 2 * LEFT;
    static final float TOP = 10 * MM;
    static final float BOTTOM = SIZE.getHeight() - 12 * MM;
    static final float BODY_SIZE = 8.5f;
    static final float LINE_SPACING = 1.15f;
    static final float FOOTER_SIZE = 8f;
    /** The page number's baseline, measured down from the top like the rest. */
    static final float FOOTER_BASELINE = SIZE.getHeight() - 6 * MM;

    private PageGeometry() {
    }
}
