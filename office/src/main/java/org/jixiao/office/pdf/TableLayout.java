package org.jixiao.office.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.office.table.Cell;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.Style;

/**
 * An official table measured for the page: the columns' places from the grid's widths, every cell's text broken into
 * lines, and each row as tall as its tallest cell (a cell over several rows makes the last of them taller where it
 * needs more). Depends on the table and the font only, so tables are laid out on every core at once.
 */
final class TableLayout {
    /** What a drawn cell looks like: size, padding, weight, alignment and whether it has borders. */
    enum Look {
        TITLE(15f, 0f, 0f, 3f, 0f, true, Align.CENTRE, false, false),
        CAPTION(PageGeometry.BODY_SIZE, 0f, 1f, 2f, 1f, false, Align.LEFT, false, false),
        LABEL(PageGeometry.BODY_SIZE, 0.5f, 2f, 0.5f, 2f, true, Align.CENTRE, true, true),
        TEXT(PageGeometry.BODY_SIZE, 0.5f, 2f, 0.5f, 2f, false, Align.LEFT, true, false),
        FIGURE(PageGeometry.BODY_SIZE, 0.5f, 2f, 0.5f, 2f, false, Align.RIGHT, true, false);

        final float size;
        final float top;
        final float right;
        final float bottom;
        final float left;
        final boolean bold;
        final Align align;
        final boolean bordered;
        final boolean shaded;

        Look(float size, float top, float right, float bottom, float left, boolean bold, Align align, boolean bordered,
             boolean shaded) {
            this.size = size;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
            this.left = left;
            this.bold = bold;
            this.align = align;
            this.bordered = bordered;
            this.shaded = shaded;
        }

        float lineHeight() {
            return size * PageGeometry.LINE_SPACING;
        }

        static Look of(Style style) {
            return switch (style) {
                case TITLE -> TITLE;
                case CAPTION -> CAPTION;
                case LABEL -> LABEL;
                case TEXT -> TEXT;
                case MONEY, FIGURE -> FIGURE;
            };
        }
    }

    enum Align { LEFT, CENTRE, RIGHT }

    /**
     * One cell as drawn: where it stands in the grid, how it looks, its lines. A column no cell covers is a cell too,
     * an empty one ({@code cell} null): it keeps the columns of the row in their places for whoever reads the tags.
     */
    record Placed(Cell cell, int row, int column, int colSpan, int rowSpan, Look look, List<String> lines) {
        boolean isHeader() {
            return look == Look.LABEL;
        }
    }

    final OfficialTable table;
    final float[] x;
    final float[] rowHeight;
    /** Per row, its cells left to right. */
    final List<List<Placed>> rows;

    private TableLayout(OfficialTable table, float[] x, float[] rowHeight, List<List<Placed>> rows) {
        this.table = table;
        this.x = x;
        this.rowHeight = rowHeight;
        this.rows = rows;
    }

    static TableLayout of(OfficialTable t, TextLines text) {
        try {
            return measure(t, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableLayout measure(OfficialTable t, TextLines text) throws IOException {
        float[] x = columns(t);
        Cell[][] layout = t.layout();
        List<List<Placed>> rows = new ArrayList<>(layout.length);
        float[] height = new float[layout.length];
        List<Placed> tall = new ArrayList<>();
        for (int r = 0; r < layout.length; r++) {
            boolean header = r < t.headerRows();
            List<Placed> row = new ArrayList<>(t.columns());
            for (int c = 0; c < layout[r].length; c++) {
                Cell cell = layout[r][c];
                if (cell == OfficialTable.SPANNED) {
                    continue;
                }
                Placed p;
                if (cell == null) {
                    p = new Placed(null, r, c, 1, 1, header ? Look.CAPTION : Look.TEXT, List.of());
                } else {
                    int last = Math.min(t.columns() - 1, cell.lastColumn());
                    Look look = Look.of(cell.style());
                    String words = cell.isNumber() ? TableHtml.figure(cell.number()) : cell.text();
                    p = new Placed(cell, r, c, last - c + 1, Math.min(cell.rowSpan(), layout.length - r), look,
                            text.of(words, look.size, x[last + 1] - x[c] - look.left - look.right));
                }
                row.add(p);
                if (p.rowSpan() > 1) {
                    tall.add(p);
                } else {
                    height[r] = Math.max(height[r], needed(p));
                }
            }
            rows.add(row);
        }
        for (int r = 0; r < height.length; r++) {
            height[r] = Math.max(height[r], Look.TEXT.lineHeight() + Look.TEXT.top + Look.TEXT.bottom);
        }
        for (Placed p : tall) {
            float spanned = 0;
            for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                spanned += height[r];
            }
            float more = needed(p) - spanned;
            if (more > 0) {
                height[p.row() + p.rowSpan() - 1] += more;
            }
        }
        return new TableLayout(t, x, height, rows);
    }

    /** The height a cell's lines and padding take. */
    static float needed(Placed p) {
        return Math.max(1, p.lines().size()) * p.look().lineHeight() + p.look().top + p.look().bottom;
    }

    /** Left edges of the columns and the right edge of the last, across the page's width, in the grid's proportions. */
    private static float[] columns(OfficialTable t) {
        float total = 0;
        for (int w : t.widths()) {
            total += w;
        }
        float[] x = new float[t.columns() + 1];
        x[0] = PageGeometry.LEFT;
        for (int c = 0; c < t.columns(); c++) {
            int w = c < t.widths().length ? t.widths()[c] : 0;
            x[c + 1] = x[c] + PageGeometry.WIDTH * w / total;
        }
        return x;
    }

    /**
     * The rows that must stay together on a page where they fit: a row and those a cell starting in it reaches into,
     * and so on. Returned as each group's last row, in order.
     */
    int[] groupEnds() {
        List<Integer> ends = new ArrayList<>();
        int reach = -1;
        for (int r = 0; r < rows.size(); r++) {
            for (Placed p : rows.get(r)) {
                reach = Math.max(reach, r + p.rowSpan() - 1);
            }
            if (reach <= r) {
                ends.add(r);
                reach = -1;
            }
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }
}
