package org.jixiao.office.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jixiao.office.pdf.PositionedText.Glyph;
import org.jixiao.office.pdf.Rulings.Ruling;

/**
 * One page as lines of text: each glyph inside drawn borders goes to its cell (the nearest rulings around it), a
 * cell's wrapped lines are joined into its text, and the cells are written row by row — a row being the cells
 * whose top border is the same — tab-separated at the column of their left border. A merged cell's text stands in
 * its first row and column, as a workbook has it. Text outside the borders (titles, page numbers) is written as
 * lines by its baseline, with a tab where a wide gap separates words.
 */
final class CellGrid {
    /** Positions this close (points) are one border. */
    private static final float SAME = 1.5f;

    private record Cell(float top, float left) {
    }

    private final List<Ruling> horizontal;
    private final List<Ruling> vertical;
    private final float[] columns;

    private CellGrid(Rulings rulings) {
        this.horizontal = rulings.horizontal();
        this.vertical = rulings.vertical();
        TreeSet<Float> xs = new TreeSet<>();
        for (Ruling v : vertical) {
            Float near = xs.floor(v.at() + SAME);
            if (near == null || v.at() - near > SAME) {
                xs.add(v.at());
            }
        }
        columns = new float[xs.size()];
        int k = 0;
        for (float x : xs) {
            columns[k++] = x;
        }
    }

    /** The page's text, lines top to bottom. */
    static String text(Rulings rulings, List<Glyph> glyphs) {
        return new CellGrid(rulings).lines(glyphs);
    }

    private String lines(List<Glyph> glyphs) {
        Map<Cell, List<Glyph>> cells = new LinkedHashMap<>();
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            Cell c = cellOf(g);
            if (c == null) {
                free.add(g);
            } else {
                cells.computeIfAbsent(c, q -> new ArrayList<>()).add(g);
            }
        }
        // y → the line at that height: a row of cells or a free line
        TreeMap<Float, String> out = new TreeMap<>();
        Map<Float, Map<Integer, String>> rows = new TreeMap<>();
        for (Map.Entry<Cell, List<Glyph>> e : cells.entrySet()) {
            float top = rowKey(rows.keySet(), e.getKey().top());
            rows.computeIfAbsent(top, q -> new TreeMap<>()).merge(column(e.getKey().left()), join(e.getValue(), false), (a, b) -> a + b);
        }
        rows.forEach((top, byColumn) -> {
            StringBuilder b = new StringBuilder();
            int last = ((TreeMap<Integer, String>) byColumn).lastKey();
            for (int c = 0; c <= last; c++) {
                if (c > 0) {
                    b.append('\t');
                }
                b.append(byColumn.getOrDefault(c, ""));
            }
            out.put(top, b.toString());
        });
        for (List<Glyph> line : baselines(free)) {
            float y = line.get(0).centreY();
            while (out.containsKey(y)) {
                y += 0.01f;
            }
            out.put(y, join(line, true));
        }
        return String.join("\n", out.values());
    }

    private static float rowKey(java.util.Set<Float> tops, float top) {
        for (float t : tops) {
            if (Math.abs(t - top) <= SAME) {
                return t;
            }
        }
        return top;
    }

    private int column(float left) {
        for (int k = 0; k < columns.length; k++) {
            if (Math.abs(columns[k] - left) <= SAME) {
                return k;
            }
        }
        return 0;
    }

    /** The cell around a glyph: the nearest border on each side that spans the glyph; null outside any. */
    private Cell cellOf(Glyph g) {
        float cx = g.centreX();
        float cy = g.centreY();
        Float[] above = around(horizontal, cy, cx);
        Float[] beside = around(vertical, cx, cy);
        if (above[0] == null || above[1] == null || beside[0] == null || beside[1] == null) {
            return null;
        }
        return new Cell(above[0], beside[0]);
    }

    /**
     * Of the rulings that span {@code across} (a border runs along the whole cell), the nearest at or before
     * {@code at} and the nearest after it; null where there is none.
     */
    private static Float[] around(List<Ruling> rulings, float at, float across) {
        Float before = null;
        Float after = null;
        for (Ruling r : rulings) {
            if (r.from() - SAME <= across && across <= r.to() + SAME) {
                if (r.at() <= at && (before == null || r.at() > before)) {
                    before = r.at();
                } else if (r.at() > at && (after == null || r.at() < after)) {
                    after = r.at();
                }
            }
        }
        return new Float[]{before, after};
    }

    /** Glyphs grouped into lines by baseline, each line left to right. */
    private static List<List<Glyph>> baselines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - g.y()) <= Math.max(2f, g.height() / 2)) {
                last.add(g);
            } else {
                List<Glyph> line = new ArrayList<>();
                line.add(g);
                lines.add(line);
            }
        }
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /**
     * A cell's or a free line's text: its lines top to bottom, each left to right, a wrapped line joined to the one
     * before it with nothing between (Chinese wraps anywhere, a number is never wrapped at a space); a gap of a few characters inside a line is a space,
     * or, in a free line, a tab.
     */
    private static String join(List<Glyph> glyphs, boolean free) {
        StringBuilder b = new StringBuilder();
        for (List<Glyph> line : baselines(glyphs)) {
            if (!b.isEmpty() && isLatinLetter(b.charAt(b.length() - 1)) && isLatinLetter(line.get(0).text().charAt(0))) {
                b.append(' '); // words of a Latin script wrap at a space
            }
            Glyph previous = null;
            for (Glyph g : line) {
                if (previous != null) {
                    float gap = g.x() - (previous.x() + previous.width());
                    if (gap > g.height() * 2.5f && free) {
                        b.append('\t');
                    } else if (gap > g.height() * 0.4f) {
                        b.append(' ');
                    }
                }
                b.append(g.text());
                previous = g;
            }
        }
        return b.toString();
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
