package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.text.Numbers;

/**
 * Splits extracted text into rows of cells, whatever the extraction did with the cell boundaries: tabs (as the
 * seeds), pipes, one cell per line, or cells run together by spaces. Only tab- and pipe-separated rows keep their
 * columns aligned with the header; the reader reads the others by the order of their cells.
 */
final class Rows {

    enum Delimiter { TAB, PIPE, SPACES, ONE_CELL_PER_LINE }

    record Split(List<Row> rows, Delimiter delimiter, List<Inference> inferences) {
        Split(List<Row> rows, Delimiter delimiter) {
            this(rows, delimiter, List.of());
        }

        boolean aligned() {
            return delimiter == Delimiter.TAB || delimiter == Delimiter.PIPE;
        }
    }

    private Rows() {
    }

    static Split split(String text) {
        if (QuotedCells.applies(text)) {
            return new Split(QuotedCells.rows(text), Delimiter.TAB);
        }
        String[] lines = BrokenLabels.join(text.split("\r\n|\r|\n", -1));
        if (FiguresAfterNames.applies(lines)) {
            Split sheet = FiguresAfterNames.rebuild(lines);
            if (sheet != null) {
                return sheet;
            }
        }
        if (RunOnText.applies(lines)) {
            RunOnText.Cells cut = RunOnText.cells(lines);
            return new Split(OneCellPerLine.rebuild(cut.cells(), cut.lines()), Delimiter.ONE_CELL_PER_LINE, cut.inferences());
        }
        if (CellPerPipeLine.applies(lines)) {
            return new Split(OneCellPerLine.rebuild(CellPerPipeLine.unwrap(lines)), Delimiter.ONE_CELL_PER_LINE);
        }
        Delimiter d = detect(lines);
        List<Row> rows = new ArrayList<>(lines.length);
        if (d == Delimiter.ONE_CELL_PER_LINE) {
            return new Split(OneCellPerLine.rebuild(lines), d);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<String> cells = switch (d) {
                case TAB -> splitOn(line, '\t');
                case PIPE -> pipeCells(line);
                default -> spaceCells(line);
            };
            if (cells != null) {
                rows.add(new Row(i + 1, cells));
            }
        }
        return new Split(rows, d);
    }

    private static Delimiter detect(String[] lines) {
        int nonEmpty = 0;
        int tabs = 0;
        int pipes = 0;
        int single = 0;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            nonEmpty++;
            if (l.indexOf('\t') >= 0) {
                tabs++;
            } else if (l.indexOf('|') >= 0 || l.indexOf('｜') >= 0) {
                pipes++;
            } else if (l.strip().indexOf(' ') < 0 && l.strip().indexOf('\u3000') < 0) {
                single++;
            }
        }
        int enough = Math.max(3, nonEmpty / 5);
        if (tabs >= enough) {
            return Delimiter.TAB;
        }
        if (pipes >= enough) {
            return Delimiter.PIPE;
        }
        return single * 10 >= nonEmpty * 7 && nonEmpty >= 20 ? Delimiter.ONE_CELL_PER_LINE : Delimiter.SPACES;
    }

    private static List<String> splitOn(String line, char sep) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == sep) {
                cells.add(clean(line.substring(start, i)));
                start = i + 1;
            }
        }
        return cells;
    }

    private static List<String> pipeCells(String line) {
        String s = line.replace('｜', '|').strip();
        if (s.matches("[|:\\-\\s+=]+") && s.contains("-")) {
            return null; // a markdown rule between header and body
        }
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        return splitOn(s, '|');
    }

    static List<String> spaceCells(String line) {
        List<String> raw = new ArrayList<>();
        for (String t : line.strip().split("[\\s\\u3000]+")) {
            if (!t.isEmpty()) {
                raw.add(clean(t));
            }
        }
        return joinUnits(raw);
    }

    /**
     * Run-together cells split "≥3 个" into two tokens: a short unit after a number belongs to it.
     */
    static List<String> joinUnits(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (!out.isEmpty() && isBareUnit(t) && endsWithDigit(out.get(out.size() - 1))
                    && Operator.parse(out.get(out.size() - 1)) == null) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + t);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isBareUnit(String t) {
        if (t.isEmpty() || t.length() > 3 || Operator.parse(t) != null || Numbers.parse(t) != null) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || "，,、。；;：:（）()".indexOf(c) >= 0) {
                return false;
            }
        }
        return !t.equals("无") && !t.equals("优") && !t.equals("良") && !t.equals("中") && !t.equals("差");
    }

    private static boolean endsWithDigit(String t) {
        return !t.isEmpty() && Character.isDigit(Numbers.ascii(t.charAt(t.length() - 1)));
    }

    static String clean(String cell) {
        return WebPage.stripInlineMarkup(cell).strip().replace('\u00a0', ' ');
    }
}
