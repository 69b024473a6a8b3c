package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Quantity;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;
import org.jixiao.formats.text.IndicatorColumns.Field;

/**
 * A table whose text layer was written out of order (a spreadsheet or PDF read in drawing order): the whole table on
 * one line, its labels and names in one sequence and its figures in another (… 数量指标 指标1:全县参合人数 … 8755 … 8676
 * 15 13 … 100% 100% 15 15 …). Read in order, every name is followed by somebody else's figures. The names (those the
 * form numbers, 指标1:) and the funding labels keep their order, and so do the figures: the k-th name takes the k-th
 * group of as many figures as the header names columns (指标值, 完成值, 分值, 得分), the k-th funding label the k-th run of
 * amounts. The pairing is kept only where the table's own arithmetic bears it out — every score within its weight,
 * and the weights with the execution weight adding up to the printed 总分 — and each row so paired is an inference.
 */
final class DetachedFigures {
    private static final Pattern NUMBERED = Pattern.compile("^指标\\d{1,2}[:：]");
    private static final Pattern POINTS = Pattern.compile("[(（]?\\d+(\\.\\d+)?分[)）]?");
    /** So many cells in one row are a whole table on a line, not a row. */
    private static final int WHOLE_TABLE = 40;

    private DetachedFigures() {
    }

    /** The segment with a table written out of order rebuilt into rows, or the segment itself. */
    static List<Row> rebuild(List<Row> segment, Problems problems) {
        for (int r = 0; r < segment.size(); r++) {
            Row row = segment.get(r);
            if (row.size() < WHOLE_TABLE) {
                continue;
            }
            List<Row> rebuilt = rebuild(row, problems);
            if (rebuilt != null) {
                // the table's sums rest on rows paired by inference: a finding on them is the reader's as much as the table's
                problems.inferred(segment.get(0).line(), "总分", "", "inference.detached_sums");
                List<Row> out = new ArrayList<>(segment.subList(0, r));
                out.addAll(rebuilt);
                out.addAll(segment.subList(r + 1, segment.size()));
                return out;
            }
        }
        return segment;
    }

    private static List<Row> rebuild(Row row, Problems problems) {
        List<String> tokens = new ArrayList<>();
        for (String c : row.cells()) {
            // words a space apart are apart in a text written out of order ("8755 分值": a figure and a label)
            for (String t : c.strip().split("[\\s\u3000]+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
        }
        int header = -1;
        for (int i = 0; i < tokens.size() && header < 0; i++) {
            String k = Text.key(tokens.get(i));
            if (k.equals("二级指标") || k.equals("三级指标")) {
                header = i;
            }
        }
        if (header < 0) {
            return null;
        }
        List<Integer> names = new ArrayList<>();
        for (int i = header; i < tokens.size(); i++) {
            if (NUMBERED.matcher(Text.key(tokens.get(i))).find()) {
                names.add(i);
            }
        }
        if (names.size() < 2) {
            return null;
        }
        // the header's figure columns, in the order printed
        List<Field> fields = new ArrayList<>();
        int totalAt = -1;
        List<String> figures = new ArrayList<>();
        for (int i = header; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String k = Text.key(t);
            Field f = k.length() <= 6 ? IndicatorColumns.classify(k) : null;
            if (f == Field.VALUE || f == Field.TARGET || f == Field.ACTUAL || f == Field.WEIGHT || f == Field.SCORE) {
                Field as = f == Field.VALUE ? Field.TARGET : f;
                if (!fields.contains(as)) {
                    fields.add(as);
                }
            } else if (k.equals("总分")) {
                totalAt = figures.size();
            } else if (isFigure(t)) {
                figures.add(t);
            }
        }
        int width = fields.size();
        int n = names.size();
        if (width < 2 || figures.size() < n * width || figures.size() > n * width + 2) {
            return null;
        }
        List<String> trailing = figures.subList(n * width, figures.size());
        if (totalAt >= 0 && totalAt < n * width) {
            return null; // 总分 printed before the rows' figures end: no order to trust
        }
        Funding funding = funding(tokens.subList(0, header), row.line());
        if (!bornOut(figures, fields, n, trailing, funding.weight)) {
            return null;
        }
        List<Row> out = new ArrayList<>();
        // the title and the header's labels before the funding, the title on a row of its own (its year is read there)
        int fundingAt = firstFundingToken(tokens, header);
        int nameAt = 0;
        while (nameAt < fundingAt && !Text.key(tokens.get(nameAt)).startsWith("项目名称")) {
            nameAt++;
        }
        if (nameAt > 0 && nameAt < fundingAt) {
            out.add(new Row(row.line(), new ArrayList<>(tokens.subList(0, nameAt))));
        }
        out.add(new Row(row.line(), new ArrayList<>(tokens.subList(nameAt < fundingAt ? nameAt : 0, fundingAt))));
        out.addAll(funding.rows);
        List<String> head = new ArrayList<>(List.of("一级指标", "二级指标", "三级指标"));
        for (Field f : fields) {
            head.add(switch (f) {
                case TARGET -> "指标值";
                case ACTUAL -> "实际完成值";
                case WEIGHT -> "分值";
                default -> "得分";
            });
        }
        out.add(new Row(row.line(), head));
        for (int k = 0; k < n; k++) {
            List<String> cells = new ArrayList<>();
            String level2 = level2Before(tokens, names.get(k), header);
            if (level2 != null) {
                org.jixiao.core.evaluation.Category c = org.jixiao.core.evaluation.Category.ofLevel2(level2);
                if (c != org.jixiao.core.evaluation.Category.OTHER) {
                    cells.add(c.stem() + "指标");
                }
                cells.add(level2);
            }
            String name = name(tokens, names.get(k));
            cells.add(name);
            cells.addAll(figures.subList(k * width, (k + 1) * width));
            out.add(new Row(row.line(), cells));
            problems.inferred(row.line(), "指标行", name + " | " + String.join(" | ", figures.subList(k * width, (k + 1) * width)),
                    "inference.detached_row");
        }
        if (!trailing.isEmpty()) {
            List<String> total = new ArrayList<>(List.of("总分"));
            total.addAll(trailing);
            out.add(new Row(row.line(), total));
        }
        return out;
    }

    /** A cell that is a figure of a row: a number, a percentage, an amount with its unit, a blank mark. */
    static boolean isFigure(String t) {
        String k = Text.key(t);
        if (k.isEmpty() || POINTS.matcher(k).matches() || k.startsWith("(") || k.startsWith("（")) {
            return false;
        }
        if (Numbers.parse(k) != null) {
            return true;
        }
        if (!Character.isDigit(k.charAt(0)) && "≥≤><=".indexOf(k.charAt(0)) < 0) {
            return false;
        }
        Quantity q = Quantity.parse(k);
        return q != null && q.value() != null && k.length() <= 10 && (q.unit() == null || q.unit().length() <= 3);
    }

    /**
     * The pairing is borne out when every score is within its weight, and — where a maximum is printed after the
     * rows — the weights and the execution weight add up to it.
     */
    private static boolean bornOut(List<String> figures, List<Field> fields, int n, List<String> trailing, BigDecimal executionWeight) {
        int w = fields.indexOf(Field.WEIGHT);
        int s = fields.indexOf(Field.SCORE);
        if (w < 0) {
            return false; // without weights nothing checks the pairing
        }
        BigDecimal sum = executionWeight == null ? BigDecimal.ZERO : executionWeight;
        for (int k = 0; k < n; k++) {
            BigDecimal weight = Numbers.parse(figures.get(k * fields.size() + w));
            if (weight == null) {
                return false;
            }
            sum = sum.add(weight);
            if (s >= 0) {
                BigDecimal score = Numbers.parse(figures.get(k * fields.size() + s));
                if (score == null || score.compareTo(weight) > 0) {
                    return false;
                }
            }
        }
        if (trailing.size() == 2) {
            BigDecimal max = Numbers.parse(trailing.get(0));
            return max != null && max.compareTo(sum) == 0;
        }
        return trailing.isEmpty() || trailing.size() == 1;
    }

    /** The name and the pieces of it the order broke off: words right after it, up to a figure or a label. */
    private static String name(List<String> tokens, int at) {
        StringBuilder name = new StringBuilder(tokens.get(at));
        for (int i = at + 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (isFigure(t) || Vocabulary.isLevelLabel(t) || NUMBERED.matcher(Text.key(t)).find() || Numbers.isBlankMark(t)
                    || !isCjkWord(t) || t.length() == 1 && next.length() == 1) {
                break; // a single character before another is a label spelt out (绩 效 指 标), not the name's end
            }
            boolean endsHere = next.isEmpty() || isFigure(next) || Vocabulary.isLevelLabel(next) || NUMBERED.matcher(Text.key(next)).find();
            if (!endsHere) {
                break;
            }
            name.append(t);
            break;
        }
        return name.toString();
    }

    private static boolean isCjkWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 0x4E00 && c <= 0x9FFF) && ",，、()（）".indexOf(c) < 0) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    /** The nearest 二级 label before the name, after the header. */
    private static String level2Before(List<String> tokens, int at, int header) {
        for (int i = at - 1; i >= header; i--) {
            String t = tokens.get(i);
            if (Vocabulary.isLevel2(t) && !Vocabulary.isLevel1(t)) {
                return t;
            }
        }
        return null;
    }

    /** The funding rows rebuilt: its header labels, then each funding label with its run of amounts. */
    private record Funding(List<Row> rows, BigDecimal weight) {
    }

    private static int firstFundingToken(List<String> tokens, int end) {
        for (int i = 0; i < end; i++) {
            if (isFundingHeaderWord(Text.key(tokens.get(i))) || Vocabulary.fundingRow(tokens.get(i)) != null) {
                return i;
            }
        }
        return end;
    }

    private static boolean isFundingHeaderWord(String k) {
        return k.startsWith("年初预算") || k.startsWith("全年预算") || k.startsWith("全年执行") || k.startsWith("调整后预算");
    }

    private static Funding funding(List<String> tokens, int line) {
        List<String> header = new ArrayList<>(List.of("项目资金"));
        List<String> labels = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        BigDecimal weight = null;
        int i = 0;
        boolean started = false;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            String k = Text.key(t);
            if (isFundingHeaderWord(k) || started && (k.equals("分值") || k.equals("执行率") || k.equals("得分"))) {
                header.add(t);
                started = true;
                i++;
            } else if (Vocabulary.fundingRow(t) != null) {
                labels.add(t);
                started = true;
                i++;
            } else if (started && (isFigure(t) || Numbers.isBlankMark(t))) {
                List<String> run = new ArrayList<>();
                while (i < tokens.size() && (isFigure(tokens.get(i)) || Numbers.isBlankMark(tokens.get(i)))) {
                    run.add(tokens.get(i++));
                }
                runs.add(run);
                // the labels waiting share the run evenly: two rows of five figures printed after both labels
                assign(labels, run, rows, line);
            } else {
                i++;
            }
        }
        if (header.size() < 3 || rows.isEmpty()) {
            return new Funding(List.of(), null);
        }
        List<Row> out = new ArrayList<>();
        out.add(new Row(line, header));
        out.addAll(rows);
        Row total = rows.get(0);
        if (Vocabulary.fundingRow(total.cell(0)) == org.jixiao.core.evaluation.FundingRow.Kind.TOTAL && header.stream().anyMatch(h -> Text.key(h).equals("分值"))) {
            // the total row's figures: budget, executed, weight, rate, score; the weight is the one before the rate
            List<String> figs = total.cells().subList(1, total.size());
            for (int j = 1; j < figs.size(); j++) {
                if (figs.get(j).endsWith("%") && Numbers.parse(figs.get(j - 1)) != null) {
                    weight = Numbers.parse(figs.get(j - 1));
                }
            }
        }
        return new Funding(out, weight);
    }

    /** Gives a run of amounts to the labels still without a row: split evenly among them, or all to the first. */
    private static void assign(List<String> labels, List<String> run, List<Row> rows, int line) {
        int done = rows.size();
        int waiting = labels.size() - done;
        if (waiting <= 0) {
            return;
        }
        if (run.size() % waiting == 0 && waiting > 1) {
            int each = run.size() / waiting;
            for (int k = 0; k < waiting; k++) {
                List<String> cells = new ArrayList<>(List.of(labels.get(done + k)));
                cells.addAll(run.subList(k * each, (k + 1) * each));
                rows.add(new Row(line, cells));
            }
            return;
        }
        List<String> cells = new ArrayList<>(List.of(labels.get(done)));
        cells.addAll(run);
        rows.add(new Row(line, cells));
    }
}
