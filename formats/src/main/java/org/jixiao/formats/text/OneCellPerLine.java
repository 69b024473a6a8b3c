package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * Rebuilds rows from an extraction that put every cell on a line of its own and dropped the empty ones. Outside
 * the indicator block a row starts at a label the form prints first in a row (项目名称, 年度资金总额, 总分 …) or at
 * the first words after its figures. The indicator header is read as printed, and its fields tell where each
 * indicator row ends (see {@link IndicatorRowShape}); a deviation reason after a row's score stays with its row.
 */
final class OneCellPerLine {
    private static final String[] ROW_STARTS = {"项目名称", "主管部门", "实施单位", "项目资金", "年度资金总额", "其中", "当年财政拨款",
            "上年结转", "其他资金", "年度总体目标", "总体目标", "预期目标", "绩效指标", "总分", "合计", "其他需要说明", "备注",
            "编制单位", "金额单位", "预算执行情况", "市级预算执行情况", "市级财政资金使用情况", "子项名称", "项目年份", "项目主管部门", "自评等级"};
    /** Punctuation that makes a cell a sentence: a reason rather than a name. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[，。；,;:：]");
    private static final String[] HEADER_STARTS = {"一级指标", "二级指标", "三级指标", "指标名称", "类别"};
    /** Words printed in the header's first cell, over the merged labels of the block. */
    private static final String[] HEADER_GROUPS = {"项目", "绩效指标"};

    private final List<String> cells = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<List<String>> rowCells = new ArrayList<>();
    private final List<Integer> rowLines = new ArrayList<>();
    private List<String> current = new ArrayList<>();
    private int currentLine;
    private IndicatorRowShape shape;
    private java.util.Map<String, Integer> counts;
    /** {@code shape.at(cells, j)} by j, made once: the block asks about the same cell as a row, a next row and a reason. */
    private IndicatorRowShape.Match[] matches;
    /** The indicator row just read, which a deviation reason after it joins. */
    private List<String> lastIndicatorRow;

    private OneCellPerLine(String[] text) {
        for (int i = 0; i < text.length; i++) {
            String cell = Rows.clean(text[i]);
            if (!cell.isEmpty()) {
                cells.add(cell);
                lines.add(i + 1);
            }
        }
    }

    static List<Row> rebuild(String[] lines) {
        return new OneCellPerLine(lines).rows();
    }

    /** Rows from cells already cut out of their lines, each with the line it came from. */
    static List<Row> rebuild(List<String> cells, List<Integer> lines) {
        return new OneCellPerLine(cells, lines).rows();
    }

    private OneCellPerLine(List<String> text, List<Integer> at) {
        for (int i = 0; i < text.size(); i++) {
            String cell = Rows.clean(text.get(i));
            if (!cell.isEmpty()) {
                cells.add(cell);
                lines.add(at.get(i));
            }
        }
    }

    private List<Row> rows() {
        int i = 0;
        while (i < cells.size()) {
            int funding = startsHeader(Text.key(cells.get(i))) ? FundingHeader.end(cells, i) : -1;
            if (funding > i) {
                // 一级指标 | 二级指标 over the funding columns (a department's scoring sheet): the funding block's header
                flush();
                while (i < funding) {
                    add(i++);
                }
                flush();
            } else if (startsHeader(Text.key(cells.get(i)))) {
                i = block(header(i));
            } else {
                outside(i++);
            }
        }
        flush();
        List<Row> rows = new ArrayList<>(rowCells.size());
        for (int r = 0; r < rowCells.size(); r++) {
            rows.add(new Row(rowLines.get(r), rowCells.get(r)));
        }
        return rows;
    }

    private void outside(int i) {
        String cell = cells.get(i);
        String key = Text.key(cell);
        boolean afterFigures = !current.isEmpty() && isAmount(current.get(current.size() - 1)) && !isAmount(cell);
        // a funding row starts at its label, whatever the form calls it (年度财政资金总额, 其中：财政资金)
        boolean fundingRow = key.length() <= 16 && Vocabulary.fundingRow(cell) != null;
        if (startsWithAny(key, ROW_STARTS) || fundingRow || Vocabulary.isLevel1(cell) || Vocabulary.isTitle(key) || key.endsWith("指标表") || afterFigures) {
            flush();
        }
        add(i);
    }

    /** Reads the header's cells from {@code i}; returns the block's first cell. */
    private int header(int i) {
        if (!onlyHeaderGroups(current)) {
            flush();
        }
        Row previous = rowCells.isEmpty() ? null : new Row(0, rowCells.get(rowCells.size() - 1));
        int held = -1;
        while (i < cells.size()) {
            String key = Text.key(cells.get(i));
            if (!isHeaderCell(key)) {
                int next = i + 1 < cells.size() ? i + 1 : -1;
                boolean headerGoesOn = next > 0 && isHeaderCell(Text.key(cells.get(next)));
                if (headerGoesOn && held < 0 && Vocabulary.isLevel2(cells.get(i))) {
                    // a text layer out of order: the first row's class label among the header's cells
                    held = i++;
                    continue;
                }
                if (headerGoesOn && held >= 0 && key.length() <= 4) {
                    add(i++); // a label's first words, broken before the rest of it (年度目标 | 指标值)
                    continue;
                }
                break;
            }
            // the national form's second header row (一级指标 … 度量单位) under 年度指标值 … 得分
            if (Text.key(cells.get(i)).startsWith("一级指标") && namesFigures(current)) {
                flush();
                previous = new Row(0, rowCells.get(rowCells.size() - 1));
            }
            add(i++);
        }
        IndicatorColumns columns = IndicatorColumns.fromHeader(previous, new Row(0, current));
        // without 分值 and 得分 to end a row, a reason repeated on every row would pass for the next row's value
        shape = columns.isUnscored() ? new IndicatorRowShape(columns, c -> Text.key(c).length() >= 4 && repeats(c))
                : new IndicatorRowShape(columns);
        matches = new IndicatorRowShape.Match[cells.size() + 1];
        flush();
        if (held >= 0) {
            add(held); // the held class label opens the first row
        }
        return i;
    }

    /** Splits the indicator block from {@code i} into rows; returns the first cell after it. */
    private int block(int i) {
        lastIndicatorRow = null;
        while (i < cells.size()) {
            String cell = cells.get(i);
            String key = Text.key(cell);
            if (IndicatorRowShape.endsBlock(key) || startsHeader(key) || headsNextHeader(i)) {
                flush();
                return i;
            }
            if (Vocabulary.isLevelLabel(cell) || IndicatorRowShape.isGroupLabel(cell) || frameworkClassAt(i)) {
                // the scoring frameworks' classes too (项目决策(10分) | 项目目标): the levels of the row, never its name
                if (hasName(current) || emptyClassBefore(cell)) {
                    flush();
                }
                add(i++);
            } else if (IndicatorRowShape.isFigure(cell) && !shape.hasFigures() && !current.isEmpty() && !hasName(current)) {
                // a form without 分值 and 得分 has no sum row: a figure after a row's labels is its value, the row nameless
                add(i++);
                flush();
            } else if (IndicatorRowShape.isFigure(cell)) {
                i = sumRow(i);
            } else if (isReason(i)) {
                lastIndicatorRow.add(cell);
                i++;
            } else {
                i = indicatorRow(i);
            }
        }
        flush();
        return i;
    }

    /**
     * A class of the scoring frameworks before a name or another class; before a figure it is a row's name that the
     * framework's words make (资金分配 | 3).
     */
    private boolean frameworkClassAt(int i) {
        return ClassLabels.whole(Text.key(cells.get(i))) != null && i + 1 < cells.size() && !IndicatorRowShape.isFigure(cells.get(i + 1));
    }

    /**
     * A 二级 class right after another with no row between (生态效益指标 | 可持续影响指标, the first's rows left empty): the
     * first is a row of its own, not the level and name of one row.
     */
    private boolean emptyClassBefore(String cell) {
        if (current.isEmpty() || !Vocabulary.isLevel2(cell) || Vocabulary.isLevel1(cell)) {
            return false;
        }
        String last = current.get(current.size() - 1);
        return Vocabulary.isLevel2(last) && !Vocabulary.isLevel1(last);
    }

    /** A group label over the next block's header (年度绩效指标 | 一级指标 …, after the 长期 block): no row of this one. */
    private boolean headsNextHeader(int i) {
        String key = Text.key(cells.get(i));
        return i + 1 < cells.size() && key.length() <= 8 && key.endsWith("指标") && !Vocabulary.isLevelLabel(cells.get(i))
                && startsHeader(Text.key(cells.get(i + 1)));
    }

    /** The row of weight and score totals printed under the header. */
    private int sumRow(int i) {
        if (hasName(current)) {
            flush();
        }
        while (i < cells.size() && IndicatorRowShape.isFigure(cells.get(i)) && current.size() < 2) {
            add(i++);
        }
        flush();
        return i;
    }

    private int indicatorRow(int i) {
        if (hasName(current)) {
            flush();
        }
        IndicatorRowShape.Match m = matchAt(i);
        int after = i + m.length();
        // a row without weight or score (not reported) still ends at a label, a new row or its reason
        // a form without 分值 and 得分 columns ends a row at its values: a name and one value can be a whole row
        int shortest = shape.hasFigures() ? 3 : 2;
        boolean row = (m.figures() > 0 || m.length() >= shortest && (startsRowAt(after) || after < cells.size() && looksLikeReason(cells.get(after))))
                && matchAt(i + 1).figures() <= m.figures();
        // not a row, or a better one starts at the next cell: a piece of a name broken over lines
        int end = row ? i + m.length() : i + 1;
        while (i < end) {
            add(i++);
        }
        List<String> added = current;
        flush();
        lastIndicatorRow = row ? added : null;
        return end;
    }

    /** Text right after a row's figures that reads better as that row's deviation reason than as a new row. */
    private boolean isReason(int i) {
        if (lastIndicatorRow == null || !current.isEmpty()) {
            return false;
        }
        if (!shape.hasFigures() && repeats(cells.get(i))) {
            return true; // words repeated after every row of a form without scores: its reason column (达成预期指标)
        }
        IndicatorRowShape.Match next = matchAt(i + 1);
        boolean nextIsRow = labelOrEndAt(i + 1) || next.figures() > 0 && !matchAt(i).betterThan(next);
        // a short text after a row that missed its target is that row's reason more likely than half a name
        return nextIsRow && (looksLikeReason(cells.get(i)) || UnmetRow.missesTarget(lastIndicatorRow));
    }

    private IndicatorRowShape.Match matchAt(int j) {
        IndicatorRowShape.Match m = matches[j];
        if (m == null) {
            m = shape.at(cells, j);
            matches[j] = m;
        }
        return m;
    }

    private boolean startsRowAt(int j) {
        // a form without 分值 and 得分: a name with a value after it starts a row
        return labelOrEndAt(j) || matchAt(j).figures() > 0 || !shape.hasFigures() && matchAt(j).length() >= 2;
    }

    private boolean labelOrEndAt(int j) {
        if (j >= cells.size()) {
            return true;
        }
        String cell = cells.get(j);
        return Vocabulary.isLevelLabel(cell) || IndicatorRowShape.isGroupLabel(cell) || IndicatorRowShape.endsBlock(Text.key(cell));
    }

    private boolean looksLikeReason(String cell) {
        String k = Text.key(cell);
        return k.length() >= 12 || k.contains("原因") || SENTENCE_MARK.matcher(k).find() || repeats(cell);
    }

    /** The same words in three cells or more are a column's repeated value ("达成预期指标"), not names. */
    private boolean repeats(String cell) {
        if (counts == null) {
            counts = new java.util.HashMap<>();
            for (String c : cells) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return counts.getOrDefault(cell, 0) >= 3 && IndicatorRowShape.isName(cell) && !Vocabulary.isLevelLabel(cell);
    }

    private void add(int i) {
        if (current.isEmpty()) {
            currentLine = lines.get(i);
        }
        current.add(cells.get(i));
    }

    private void flush() {
        if (!current.isEmpty()) {
            rowCells.add(current);
            rowLines.add(currentLine);
            current = new ArrayList<>();
        }
    }

    private static boolean hasName(List<String> row) {
        for (String c : row) {
            if (!Vocabulary.isLevelLabel(c) && !IndicatorRowShape.isGroupLabel(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyHeaderGroups(List<String> row) {
        for (String c : row) {
            if (!startsWithAny(Text.key(c), HEADER_GROUPS) || Text.key(c).length() > 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesFigures(List<String> row) {
        for (String c : row) {
            IndicatorColumns.Field f = IndicatorColumns.classify(Text.key(c));
            if (f == IndicatorColumns.Field.WEIGHT || f == IndicatorColumns.Field.SCORE) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsHeader(String key) {
        for (String s : HEADER_STARTS) {
            if (key.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** A header label, not a sentence that mentions one. */
    private static boolean isHeaderCell(String key) {
        IndicatorColumns.Field f = IndicatorColumns.classify(key);
        return (key.length() <= 14 || f == IndicatorColumns.Field.CRITERIA && key.length() <= 24) && f != null
                && f != IndicatorColumns.Field.GROUP;
    }

    private static boolean isAmount(String cell) {
        return Numbers.parse(cell) != null || Numbers.isBlankMark(cell);
    }

    private static boolean startsWithAny(String key, String[] labels) {
        for (String s : labels) {
            if (key.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
