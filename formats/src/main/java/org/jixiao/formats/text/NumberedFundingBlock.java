package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * A funding-sources block whose rows and columns the form numbers (行次 / 列次), as the transfer-payment evaluation
 * forms print it: 行次 then the column labels, each over two lines (全年预算数 / (A), 预算到位 / (D/C×100%) …), a 列次
 * row of column numbers, then each source with its row number (年度资金总额 1 52.8 …) and its figures running on to
 * the next line. An empty cell leaves no trace in the text, so which column a figure stands in is told by the
 * form's own formulas: each printed rate must be the ratio its label names (D/C×100%). The block is rebuilt into the
 * national form's header and rows (全年预算数, 全年执行数, 执行率), the rows a step's making, in those columns.
 */
final class NumberedFundingBlock {
    /** How many lines the split column labels may take before the 列次 row. */
    private static final int HEADER_LINES = 40;
    private static final Pattern LETTER = Pattern.compile("\\(([A-Z])\\)$");
    private static final Pattern RATIO = Pattern.compile("\\(([A-Z])/([A-Z])[^)]*\\)$");
    private static final Pattern TAG = Pattern.compile("^\\([A-Z](/[A-Z])?[^)]*\\)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,2}");

    private enum Role { INITIAL, BUDGET, EXECUTED, AMOUNT, RATIO, WORDS }

    /** One printed column: its role, the letter the formulas call it by, and for a rate the letters it divides. */
    private record Column(Role role, char letter, char numerator, char denominator) {
        boolean takes(boolean percent) {
            return role == Role.RATIO ? percent : role != Role.WORDS && !percent;
        }
    }

    private record Figure(String text, BigDecimal value, boolean percent) {
    }

    private NumberedFundingBlock() {
    }

    /** The rows hold such a block: a 行次 row, a 列次 row of column numbers after it, a budget column between. */
    static boolean isIn(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (isRowNumberLabel(rows.get(i)) && columnNumbersAt(rows, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The segment with its numbered funding block rebuilt into the national form's rows, or the segment itself. */
    static List<Row> rebuild(List<Row> segment, Problems problems) {
        for (int i = 0; i < segment.size(); i++) {
            if (!isRowNumberLabel(segment.get(i))) {
                continue;
            }
            int numbers = columnNumbersAt(segment, i);
            if (numbers < 0) {
                continue;
            }
            List<Column> columns = columns(labels(segment, i, numbers));
            List<Row> out = new ArrayList<>(segment.subList(0, i));
            out.add(header(segment.get(i).line(), columns));
            int k = readSources(segment, numbers + 1, columns, out, problems);
            out.addAll(segment.subList(k, segment.size()));
            return out;
        }
        return segment;
    }

    private static boolean isRowNumberLabel(Row row) {
        String first = firstCell(row);
        return first.length() == 2 && Text.key(first).equals("行次");
    }

    /** The index of the 列次 row closing the header that starts at {@code i}; -1 when none or no budget column. */
    private static int columnNumbersAt(List<Row> rows, int i) {
        for (int j = i + 1; j < rows.size() && j <= i + HEADER_LINES; j++) {
            Row row = rows.get(j);
            if (Text.key(firstCell(row)).equals("列次")) {
                boolean budget = columns(labels(rows, i, j)).stream().anyMatch(c -> c.role() == Role.BUDGET);
                return budget && numbersFollow(row) ? j : -1;
            }
        }
        return -1;
    }

    /** The 列次 row counts its columns: 0 1 2 3 … (or from 1). */
    private static boolean numbersFollow(Row row) {
        List<String> cells = nonBlank(row);
        int expected = -1;
        int seen = 0;
        for (String c : cells.subList(1, cells.size())) {
            if (!ROW_NUMBER.matcher(c.strip()).matches()) {
                break;
            }
            int n = Integer.parseInt(c.strip());
            if (expected >= 0 && n != expected || expected < 0 && n > 1) {
                return false;
            }
            expected = n + 1;
            seen++;
        }
        return seen >= 3;
    }

    /** The column labels between 行次 and 列次, a formula's line "(A)", "(D/C×100%)" joined to the label above it. */
    private static List<String> labels(List<Row> rows, int start, int end) {
        List<String> labels = new ArrayList<>();
        for (int j = start; j < end; j++) {
            List<String> cells = nonBlank(rows.get(j));
            for (int c = j == start ? 1 : 0; c < cells.size(); c++) {
                String k = Text.key(cells.get(c));
                if (TAG.matcher(k).matches() && !labels.isEmpty()) {
                    labels.set(labels.size() - 1, labels.get(labels.size() - 1) + k);
                } else {
                    labels.add(k);
                }
            }
        }
        return labels;
    }

    private static List<Column> columns(List<String> labels) {
        List<Column> out = new ArrayList<>();
        for (String k : labels) {
            Matcher ratio = RATIO.matcher(k);
            if (ratio.find()) {
                out.add(new Column(Role.RATIO, ' ', ratio.group(1).charAt(0), ratio.group(2).charAt(0)));
                continue;
            }
            Matcher letter = LETTER.matcher(k);
            char name = letter.find() ? letter.group(1).charAt(0) : ' ';
            Role role;
            if (k.startsWith("年初预算")) {
                role = Role.INITIAL;
            } else if (k.startsWith("全年预算") || k.startsWith("调整后预算") || k.startsWith("调整预算") || k.startsWith("预算数")) {
                role = Role.BUDGET;
            } else if (k.contains("执行") && !k.contains("率")) {
                role = Role.EXECUTED;
            } else {
                role = name != ' ' ? Role.AMOUNT : Role.WORDS; // 佐证材料 and the like: words, never a figure
            }
            out.add(new Column(role, name, ' ', ' '));
        }
        return out;
    }

    /** The national form's header, for the columns this block shares with it. */
    private static Row header(int line, List<Column> columns) {
        List<String> cells = new ArrayList<>();
        cells.add("");
        if (has(columns, Role.INITIAL)) {
            cells.add("年初预算数");
        }
        cells.add("全年预算数");
        cells.add("全年执行数");
        cells.add("执行率");
        return new Row(line, cells, true);
    }

    /**
     * Reads the numbered sources from {@code k}: a label, its row number, then figures, on the lines after it too
     * until the next label. Returns the index of the first row after the block.
     */
    private static int readSources(List<Row> rows, int k, List<Column> columns, List<Row> out, Problems problems) {
        int expected = -1;
        while (k < rows.size()) {
            int at = nextNonBlank(rows, k);
            if (at < 0) {
                return rows.size();
            }
            List<String> cells = nonBlank(rows.get(at));
            if (cells.size() < 2 || Numbers.parse(cells.get(0)) != null || !ROW_NUMBER.matcher(cells.get(1).strip()).matches()) {
                return at; // no numbered source: the block has ended
            }
            int number = Integer.parseInt(cells.get(1).strip());
            if (expected >= 0 && number != expected) {
                return at;
            }
            expected = number + 1;
            List<Figure> figures = new ArrayList<>();
            addFigures(cells.subList(2, cells.size()), figures);
            k = at + 1;
            for (int next = nextNonBlank(rows, k); next >= 0 && Numbers.parse(firstCell(rows.get(next))) != null;
                    next = nextNonBlank(rows, k)) {
                addFigures(nonBlank(rows.get(next)), figures); // the row's figures run on to the next line
                k = next + 1;
            }
            out.add(source(rows.get(at), cells.get(0), columns, figures, problems));
        }
        return k;
    }

    private static Row source(Row printed, String label, List<Column> columns, List<Figure> figures, Problems problems) {
        Figure[] placed = place(columns, figures);
        if (placed == null) {
            problems.add(printed.line(), "funding.numbered_unplaced", Text.clean(label), figures.size());
            placed = new Figure[columns.size()];
        } else if (figures.size() < countTaking(columns)) {
            problems.inferred(printed.line(), Text.clean(label), describe(placed), "inference.numbered_columns");
        }
        List<String> cells = new ArrayList<>();
        cells.add(label);
        if (has(columns, Role.INITIAL)) {
            cells.add(text(placed, columns, Role.INITIAL));
        }
        cells.add(text(placed, columns, Role.BUDGET));
        cells.add(text(placed, columns, Role.EXECUTED));
        cells.add(executionRate(placed, columns));
        return new Row(printed.line(), cells, true);
    }

    /**
     * The figures in their columns: in order, each in a column of its kind (a percentage in a rate's), every printed
     * rate the ratio its formula names. Of the placings that check out, the one filling the budget column (a row with
     * amounts prints its budget), then the one filling the earliest columns. Null when none checks out.
     */
    private static Figure[] place(List<Column> columns, List<Figure> figures) {
        List<Figure[]> found = new ArrayList<>();
        place(columns, figures, 0, 0, new Figure[columns.size()], found);
        int budget = indexOf(columns, Role.BUDGET);
        for (Figure[] p : found) {
            if (p[budget] != null) {
                return p; // found in order of the earliest columns first
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static void place(List<Column> columns, List<Figure> figures, int f, int c, Figure[] at, List<Figure[]> found) {
        if (f == figures.size()) {
            if (ratesCheckOut(columns, at)) {
                found.add(at.clone());
            }
            return;
        }
        for (int j = c; j <= columns.size() - (figures.size() - f); j++) {
            if (columns.get(j).takes(figures.get(f).percent())) {
                at[j] = figures.get(f);
                place(columns, figures, f + 1, j + 1, at, found);
                at[j] = null;
            }
        }
    }

    private static boolean ratesCheckOut(List<Column> columns, Figure[] at) {
        for (int j = 0; j < columns.size(); j++) {
            Column c = columns.get(j);
            if (c.role() != Role.RATIO || at[j] == null) {
                continue;
            }
            BigDecimal numerator = valueOf(columns, at, c.numerator());
            BigDecimal denominator = valueOf(columns, at, c.denominator());
            if (denominator == null || denominator.signum() == 0) {
                return false;
            }
            if (!PrintedRate.matches(numerator == null ? BigDecimal.ZERO : numerator, denominator, at[j].value())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The printed rate of the executed column, where its base holds the budget's amount: the national form's 执行率
     * is executed ÷ budget, and a rate over another base (the budget less pooled funds) is that only where they agree.
     */
    private static String executionRate(Figure[] at, List<Column> columns) {
        int executed = indexOf(columns, Role.EXECUTED);
        int budget = indexOf(columns, Role.BUDGET);
        if (executed < 0 || budget < 0 || at[budget] == null) {
            return "";
        }
        for (int j = 0; j < columns.size(); j++) {
            Column c = columns.get(j);
            if (c.role() == Role.RATIO && at[j] != null && c.numerator() == columns.get(executed).letter()) {
                BigDecimal base = valueOf(columns, at, c.denominator());
                if (base != null && base.compareTo(at[budget].value()) == 0) {
                    return at[j].text();
                }
            }
        }
        return "";
    }

    private static BigDecimal valueOf(List<Column> columns, Figure[] at, char letter) {
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).letter() == letter && letter != ' ') {
                return at[j] == null ? null : at[j].value();
            }
        }
        return null;
    }

    private static String text(Figure[] at, List<Column> columns, Role role) {
        int j = indexOf(columns, role);
        return j < 0 || at[j] == null ? "" : at[j].text();
    }

    private static String describe(Figure[] placed) {
        StringBuilder b = new StringBuilder();
        for (Figure f : placed) {
            b.append(b.isEmpty() ? "" : " | ").append(f == null ? "—" : f.text());
        }
        return b.toString();
    }

    private static void addFigures(List<String> cells, List<Figure> figures) {
        for (String c : cells) {
            BigDecimal n = Numbers.parse(c);
            if (n != null) {
                String s = c.strip();
                figures.add(new Figure(s, n, s.endsWith("%") || s.endsWith("％")));
            }
        }
    }

    private static int countTaking(List<Column> columns) {
        return (int) columns.stream().filter(c -> c.role() != Role.WORDS).count();
    }

    private static boolean has(List<Column> columns, Role role) {
        return indexOf(columns, role) >= 0;
    }

    private static int indexOf(List<Column> columns, Role role) {
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).role() == role) {
                return j;
            }
        }
        return -1;
    }

    private static int nextNonBlank(List<Row> rows, int k) {
        for (int j = k; j < rows.size(); j++) {
            if (!rows.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static String firstCell(Row row) {
        for (String c : row.cells()) {
            if (!c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }

    private static List<String> nonBlank(Row row) {
        List<String> out = new ArrayList<>();
        for (String c : row.cells()) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }
}
