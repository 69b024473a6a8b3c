package org.jixiao.office.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.office.pdf.TableLayout.Placed;

/**
 * Tables laid out onto pages: each table starts a page; rows joined by a cell over several of them move to the next
 * page together where they fit one; a row taller than a page is broken between its lines. A page that continues a
 * table repeats its title block ({@code headerRows}) at the top, drawn as page furniture (an artifact), so that
 * whoever reads the tags reads it once.
 */
final class PageFlow {
    /**
     * One cell's part on one page: where it is drawn, and the lines it shows there ({@code from} to {@code to}). A part
     * drawn again at the top of a following page ({@code repeated}) is not tagged.
     */
    record Box(Placed cell, float x, float y, float width, float height, int from, int to, boolean middle, boolean repeated) {
    }

    /** A row's part on a page: the whole row, or some of its lines. */
    private record RowPart(int page, int row, float y, float height) {
    }

    private final List<List<Box>> pages = new ArrayList<>();

    static List<List<Box>> of(List<TableLayout> tables) {
        PageFlow flow = new PageFlow();
        for (TableLayout t : tables) {
            flow.add(t);
        }
        if (flow.pages.isEmpty()) {
            flow.pages.add(new ArrayList<>());
        }
        return flow.pages;
    }

    private TableLayout table;
    private float y;
    private float headerHeight;
    private final List<RowPart> parts = new ArrayList<>();

    private void add(TableLayout t) {
        table = t;
        parts.clear();
        headerHeight = 0;
        for (int r = 0; r < t.table.headerRows() && r < t.rowHeight.length; r++) {
            headerHeight += t.rowHeight[r];
        }
        if (headerHeight > body() / 3) {
            headerHeight = 0;
        }
        pages.add(new ArrayList<>());
        y = PageGeometry.TOP;
        int first = 0;
        for (int last : t.groupEnds()) {
            float h = height(first, last);
            if (h > room() && h <= body() - headerHeight) {
                continuePage();
            }
            if (h <= room()) {
                for (int r = first; r <= last; r++) {
                    place(r, t.rowHeight[r]);
                }
            } else {
                for (int r = first; r <= last; r++) {
                    placeBreaking(r);
                }
            }
            first = last + 1;
        }
        boxes();
    }

    /** A row, broken between its lines over as many pages as it needs. */
    private void placeBreaking(int r) {
        float left = table.rowHeight[r];
        float line = TableLayout.Look.TEXT.lineHeight();
        float pad = TableLayout.Look.TEXT.top + TableLayout.Look.TEXT.bottom;
        while (left > room()) {
            if (left <= body() - headerHeight || room() < line + pad) {
                continuePage();
                continue;
            }
            int fits = (int) ((room() - pad) / line);
            float part = room();
            place(r, part);
            left -= fits * line;
            continuePage();
        }
        place(r, left);
    }

    private void place(int r, float h) {
        parts.add(new RowPart(pages.size() - 1, r, y, h));
        y += h;
    }

    private void continuePage() {
        pages.add(new ArrayList<>());
        y = PageGeometry.TOP;
        if (headerHeight > 0) {
            for (int r = 0; r < table.table.headerRows(); r++) {
                for (Placed p : table.rows.get(r)) {
                    current().add(box(p, y, table.rowHeight[r], 0, p.lines().size(), true, true));
                }
                y += table.rowHeight[r];
            }
        }
    }

    /** Every cell of the table as the boxes its rows' parts make, one per page, its lines shared out among them. */
    private void boxes() {
        for (List<Placed> row : table.rows) {
            for (Placed p : row) {
                List<RowPart> mine = new ArrayList<>();
                for (RowPart part : parts) {
                    if (part.row() >= p.row() && part.row() < p.row() + p.rowSpan()) {
                        mine.add(part);
                    }
                }
                shareOut(p, mine);
            }
        }
    }

    private void shareOut(Placed p, List<RowPart> mine) {
        List<float[]> perPage = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        for (RowPart part : mine) {
            if (!pageOf.isEmpty() && pageOf.get(pageOf.size() - 1) == part.page()) {
                perPage.get(perPage.size() - 1)[1] += part.height();
            } else {
                pageOf.add(part.page());
                perPage.add(new float[]{part.y(), part.height()});
            }
        }
        int from = 0;
        int lines = p.lines().size();
        boolean whole = perPage.size() == 1;
        for (int k = 0; k < perPage.size(); k++) {
            float[] at = perPage.get(k);
            int fits = k == perPage.size() - 1 ? lines - from
                    : Math.max(0, (int) ((at[1] - p.look().top - p.look().bottom) / p.look().lineHeight()));
            int to = Math.min(lines, from + fits);
            pages.get(pageOf.get(k)).add(box(p, at[0], at[1], from, to, whole, false));
            from = to;
        }
    }

    private Box box(Placed p, float top, float height, int from, int to, boolean middle, boolean repeated) {
        float left = table.x[p.column()];
        return new Box(p, left, top, table.x[p.column() + p.colSpan()] - left, height, from, to, middle, repeated);
    }

    private List<Box> current() {
        return pages.get(pages.size() - 1);
    }

    private float height(int first, int last) {
        float h = 0;
        for (int r = first; r <= last; r++) {
            h += table.rowHeight[r];
        }
        return h;
    }

    private float room() {
        return PageGeometry.BOTTOM - y;
    }

    private static float body() {
        return PageGeometry.BOTTOM - PageGeometry.TOP;
    }
}
