package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Messages;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;
import org.jixiao.formats.text.IndicatorColumns.Field;

/**
 * Reads the indicator block row by row. A row is read by its columns where they line up with the header and by
 * the order and kind of its cells where extraction shifted them. Merged 一级 / 二级 cells print their label once,
 * often in the middle of the rows they span: the label is carried forward and back-filled to the rows above it
 * that had none. A name broken over two lines is joined; a fragment that repeats the end of the previous name is
 * an extraction echo and is dropped.
 */
final class IndicatorBlock {
    private final IndicatorColumns columns;
    private final boolean aligned;
    private final Problems problems;

    private final List<Indicator> indicators = new ArrayList<>();
    private final List<boolean[]> explicitLevels = new ArrayList<>(); // [level1 printed, level2 printed]
    private String level1;
    private String level2;
    private String pendingName = "";
    /** A class label came after the last row read: words after it open the class's first row, not end the last's name. */
    private boolean classSinceLastRow;
    BigDecimal weightSum;
    BigDecimal scoreSum;

    IndicatorBlock(IndicatorColumns columns, boolean aligned, Problems problems) {
        this.columns = columns;
        this.aligned = aligned;
        this.problems = problems;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    /** Reads one row of the block. */
    void read(Row row) {
        if (row.isBlank() || IndicatorColumns.isHeader(row)) {
            return;
        }
        Map<Field, String> cells = row.whole() ? asRebuilt(row) : aligned ? byColumn(row) : null;
        if (cells == null) {
            cells = byOrder(row);
        }
        String name = cells.getOrDefault(Field.NAME, "");
        if (Placeholder.is(name) && Placeholder.onlyPlaceholders(cells)) {
            problems.skipped(); // a template's empty row (……, /): no indicator
            return;
        }
        boolean hasValues = hasValues(cells);
        applyLevels(cells.get(Field.LEVEL1), cells.get(Field.LEVEL2));
        if (name.isEmpty() && !hasValues) {
            return; // a row of merged labels only
        }
        if (!hasValues && !row.whole() && classLabel(name)) {
            return;
        }
        if (!hasValues && !row.whole()) {
            fragment(name);
            return;
        }
        if (name.isEmpty() && isSumRow(cells)) {
            weightSum = number(cells.get(Field.WEIGHT), row, "field.weight");
            scoreSum = number(cells.get(Field.SCORE), row, "field.score");
            return;
        }
        if (!pendingName.isEmpty()) {
            name = joinBroken(pendingName, name);
            pendingName = "";
        }
        if (name.isEmpty()) {
            problems.add(row.line(), "indicator.no_name");
        }
        add(row, name, cells);
    }

    private void add(Row row, String name, Map<Field, String> c) {
        classSinceLastRow = false;
        Target target = UnitOnlyTarget.of(columns.has(Field.OPERATOR) || c.containsKey(Field.OPERATOR)
                ? Target.of(c.get(Field.OPERATOR), c.getOrDefault(Field.VALUE, ""), c.get(Field.UNIT))
                : Target.parse(AdjustedTargetCell.current(c.getOrDefault(Field.TARGET, c.getOrDefault(Field.VALUE, "")))));
        BigDecimal weight = number(c.get(Field.WEIGHT), row, "field.weight");
        BigDecimal score = number(c.get(Field.SCORE), row, "field.score");
        String reason = c.getOrDefault(Field.REASON, "");
        String actualText = c.getOrDefault(Field.ACTUAL, "");
        String[] wordAndReason = weight == null && score == null ? Vocabulary.wordAndReason(actualText) : null;
        if (wordAndReason != null) {
            actualText = wordAndReason[0];
            reason = reason.isEmpty() ? wordAndReason[1] : wordAndReason[1] + "；" + reason;
        }
        Actual actual;
        if (weight == null && score == null && Vocabulary.meansExcluded(actualText)) {
            actual = Actual.excluded(reason);
        } else if (weight == null && score == null && Vocabulary.meansNothing(actualText)
                && (!actualText.isEmpty() || !reason.isEmpty())) {
            actual = Actual.notReported(actualText, reason);
        } else {
            actual = Actual.reported(actualText);
        }
        indicators.add(new Indicator(level1, level2, NumberingPrefix.strip(name), target, actual, weight, score, reason, row.line()));
        explicitLevels.add(new boolean[]{level1 != null, level2 != null});
    }

    /** A row a step rebuilt: each cell is the header's field in its column, as the step read it. */
    private Map<Field, String> asRebuilt(Row row) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        for (int c = 0; c < row.size(); c++) {
            Field f = columns.at(c);
            if (f != null && f != Field.GROUP && !row.cell(c).isEmpty()) {
                m.put(f, row.cell(c));
            }
        }
        return m;
    }

    /** Columns as the header placed them; null when the row does not line up with the header. */
    private Map<Field, String> byColumn(Row row) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        int shift = MergedLevelShift.of(row, columns);
        boolean noLevel2Column = !columns.has(Field.LEVEL2);
        for (int c = 0; c < row.size(); c++) {
            String v = row.cell(c);
            if (v.isEmpty()) {
                continue;
            }
            Field f = columns.at(c + shift);
            if (f == null) {
                return null;
            }
            if (f == Field.NAME && noLevel2Column && Vocabulary.isLevel2(v) && !Vocabulary.isLevel1(v)) {
                f = Field.LEVEL2; // a form whose 指标名称 column names the 二级 class (数量指标), with no 三级 name
            } else if ((f == Field.GROUP || f == Field.LEVEL1 || f == Field.LEVEL2) && Vocabulary.isLevelLabel(v)) {
                f = Vocabulary.isLevel1(v) ? Field.LEVEL1 : Field.LEVEL2;
            } else if (f == Field.GROUP) {
                continue;
            }
            if (!fits(f, v)) {
                return null;
            }
            m.merge(f, v, (a, b) -> a + " " + b);
        }
        if (Vocabulary.isLevelLabel(m.getOrDefault(Field.NAME, ""))) {
            return null;
        }
        return m;
    }

    private static boolean fits(Field f, String v) {
        return switch (f) {
            case LEVEL1, LEVEL2 -> Vocabulary.isLevelLabel(v);
            case NAME -> Numbers.parse(v) == null;
            case OPERATOR -> Operator.parse(v) != null;
            case WEIGHT, SCORE -> Numbers.parse(v) != null || Numbers.isBlankMark(v) || looksNumeric(v);
            default -> true;
        };
    }

    /** Cells by their order and kind: levels, then the name, then the header's fields in order. */
    private Map<Field, String> byOrder(Row row) {
        List<String> tokens = new ArrayList<>();
        for (String c : row.cells()) {
            if (!c.isBlank() && !IndicatorRowShape.isGroupLabel(c)) {
                tokens.add(c.strip());
            }
        }
        Map<Field, String> m = new EnumMap<>(Field.class);
        int p = 0;
        while (p < tokens.size() && !Vocabulary.isLevelLabel(tokens.get(p)) && isFrameworkClass(tokens, p)) {
            // as a row of the class alone: the level of this row and the rows after it, not of those before
            classLabel(tokens.get(p++));
        }
        while (p < tokens.size() && Vocabulary.isLevelLabel(tokens.get(p))) {
            Field level = Vocabulary.isLevel1(tokens.get(p)) ? Field.LEVEL1 : Field.LEVEL2;
            if (level == Field.LEVEL1 && m.containsKey(Field.LEVEL1) && Vocabulary.isLevel2(tokens.get(p))) {
                level = Field.LEVEL2; // 满意度指标 | 满意度指标: the merged 一级 label, then the 二级 of the same words
            }
            if (m.containsKey(level) || m.containsKey(Field.LEVEL2)) {
                break; // a second label of the same level, or a label after 二级, is the name
            }
            m.put(level, tokens.get(p++));
        }
        if (p < tokens.size() && Numbers.parse(tokens.get(p)) == null) {
            m.put(Field.NAME, tokens.get(p++));
        }
        boolean scored = columns.has(Field.WEIGHT) || columns.has(Field.SCORE);
        if (scored && !m.containsKey(Field.NAME) && tokens.size() - p <= 2 && allNumbers(tokens.subList(p, tokens.size()))) {
            if (tokens.size() - p == 2) {
                m.put(Field.WEIGHT, tokens.get(p));
            }
            if (tokens.size() > p) {
                m.put(Field.SCORE, tokens.get(tokens.size() - 1));
            }
            return m;
        }
        List<Field> rest = columns.afterName();
        int end = tokens.size();
        if (weightBeforeTarget() && end - p >= 2 && end - p < rest.size() - (rest.contains(Field.REASON) ? 1 : 0)
                && Numbers.parse(tokens.get(end - 1)) != null && Numbers.parse(tokens.get(p)) != null) {
            // a row short of cells under 分值 | 指标值 | 实际值 | 得分: its last figure is the score the row closes with,
            // and a lone words cell between is what the row reports done (its target printed as nothing)
            m.put(Field.SCORE, tokens.get(--end));
            m.put(Field.WEIGHT, tokens.get(p++));
            if (end - p == 1 && Numbers.parse(tokens.get(p)) == null) {
                m.put(Field.ACTUAL, tokens.get(p++));
            }
            rest = rest.stream().filter(f -> f != Field.WEIGHT && f != Field.SCORE).toList();
        }
        for (Field f : rest) {
            if (p >= end) {
                break;
            }
            String t = tokens.get(p);
            boolean take = switch (f) {
                case OPERATOR -> Operator.parse(t) != null;
                case UNIT -> Numbers.parse(t) == null && t.length() <= 6 && Operator.parse(t) == null && !Vocabulary.meansNothing(t);
                case WEIGHT, SCORE -> Numbers.parse(t) != null || looksNumeric(t);
                case REASON -> false;
                default -> true;
            };
            if (take) {
                m.put(f, t);
                p++;
            }
        }
        if (p < end) {
            m.put(Field.REASON, String.join(" ", tokens.subList(p, end)));
        }
        return m;
    }

    /** The header prints the weight before the target (分值 | 指标值 | 全年实际值 | 得分). */
    private boolean weightBeforeTarget() {
        List<Field> order = columns.order();
        int weight = order.indexOf(Field.WEIGHT);
        int target = order.indexOf(Field.TARGET);
        return weight >= 0 && target > weight && order.indexOf(Field.SCORE) > target;
    }

    /** A class of the scoring frameworks (项目决策(10分), 项目目标) opening a row before its name, not before a figure. */
    private static boolean isFrameworkClass(List<String> tokens, int p) {
        return p + 1 < tokens.size() && ClassLabels.whole(Text.key(tokens.get(p))) != null && Numbers.parse(tokens.get(p + 1)) == null;
    }

    private static boolean allNumbers(List<String> tokens) {
        for (String t : tokens) {
            if (Numbers.parse(t) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValues(Map<Field, String> c) {
        for (Field f : new Field[]{Field.OPERATOR, Field.VALUE, Field.UNIT, Field.TARGET, Field.ACTUAL, Field.WEIGHT, Field.SCORE}) {
            if (!c.getOrDefault(f, "").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSumRow(Map<Field, String> c) {
        for (Map.Entry<Field, String> e : c.entrySet()) {
            if (e.getKey() != Field.WEIGHT && e.getKey() != Field.SCORE && !e.getValue().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A merged 一级 / 二级 label: carried forward, and back-filled to the rows above that had none. */
    private void applyLevels(String l1, String l2) {
        classSinceLastRow |= l1 != null || l2 != null;
        if (l1 != null && Vocabulary.isLevel2(l1) && !Vocabulary.isLevel1(l1)) {
            l2 = l2 == null ? l1 : l2;
            l1 = null;
        }
        if (l2 != null && Vocabulary.isLevel1(l2) && !Vocabulary.isLevel2(l2)) {
            l1 = l1 == null ? l2 : l1;
            l2 = null;
        }
        if (l1 != null) {
            String k = Text.key(l1);
            if (level1 == null || !Text.key(level1).equals(k)) {
                backfill(0, l1);
                if (level1 != null) {
                    level2 = null;
                }
                level1 = l1;
            }
        }
        if (l2 != null) {
            backfill(1, l2);
            level2 = l2;
            if (level1 == null) {
                Category c = Category.ofLevel2(l2);
                if (c != Category.OTHER) {
                    level1 = c.stem() + "指标";
                }
            }
        }
    }

    private void backfill(int level, String label) {
        for (int k = indicators.size() - 1; k >= 0; k--) {
            Indicator i = indicators.get(k);
            boolean[] explicit = explicitLevels.get(k);
            if (explicit[level]) {
                break;
            }
            if (level == 1 && explicit[0] && i.level1() != null && level1 != null && !i.level1().equals(level1)) {
                break;
            }
            Indicator filled = level == 0
                    ? new Indicator(label, i.level2(), i.name(), i.target(), i.actual(), i.weight(), i.reportedScore(), i.deviationReason(), i.line())
                    : new Indicator(i.level1(), label, i.name(), i.target(), i.actual(), i.weight(), i.reportedScore(), i.deviationReason(), i.line());
            indicators.set(k, filled);
            explicit[level] = true;
        }
    }

    /**
     * Joins the two halves of a name broken over lines; extraction sometimes prints the characters at the break on
     * both lines ("…设施基" + "基础的…").
     */
    static String joinBroken(String head, String tail) {
        for (int k = Math.min(3, Math.min(head.length(), tail.length()) - 1); k >= 1; k--) {
            if (head.endsWith(tail.substring(0, k))) {
                return head + tail.substring(k);
            }
        }
        return head + tail;
    }

    /**
     * A row of a class label alone (科学决策, 项目决策(10分)) or of a group's points alone ((10)), as a run-on scoring
     * sheet leaves them between its rows: the level of the rows after it, no piece of a name. True when it was.
     */
    private boolean classLabel(String name) {
        String k = Text.key(name);
        if (ClassLabels.isPointsOnly(k)) {
            return true;
        }
        String label = ClassLabels.whole(k);
        if (label == null) {
            return false;
        }
        if (Vocabulary.isLevel1(label) || ClassLabels.isFirstLevel(label)) {
            level1 = label;
            level2 = null;
        } else {
            level2 = label;
        }
        pendingName = "";
        return true;
    }

    /** A piece of a name after the last row at least this long is a row of its own, cut off. */
    private static final int CUT_OFF_NAME = 8;

    private static boolean hasValue(Indicator i) {
        return i.weight() != null || i.reportedScore() != null || i.target().value() != null;
    }

    /** A piece of a name on a line of its own. */
    private void fragment(String text) {
        if (!indicators.isEmpty()) {
            Indicator last = indicators.get(indicators.size() - 1);
            if (Text.key(last.name()).endsWith(Text.key(text))) {
                return;
            }
        }
        pendingName = pendingName + text;
    }

    /**
     * The header printed again inside the block (a second block, 年度 after 长期): a piece of text right above it is
     * that block's group label (年度绩效指标), no part of the next row's name.
     */
    void headerAgain() {
        pendingName = "";
    }

    /** Called at the end of the block: a fragment with no row after it ends the name above it. */
    void finish() {
        boolean underNextClass = classSinceLastRow && !pendingName.isEmpty() && level2 != null;
        if ((pendingName.length() >= CUT_OFF_NAME || underNextClass) && !indicators.isEmpty() && hasValue(indicators.get(indicators.size() - 1))) {
            // words after the last whole row, at the end of the text: the next row's name, cut off before its values
            // (under the class printed after that row, where one was)
            Indicator last = indicators.get(indicators.size() - 1);
            indicators.add(new Indicator(underNextClass ? level1 : last.level1(), underNextClass ? level2 : last.level2(),
                    NumberingPrefix.strip(pendingName), Target.parse(""),
                    Actual.reported(""), null, null, "", last.line()));
            explicitLevels.add(new boolean[]{false, false});
            pendingName = "";
        }
        if (!pendingName.isEmpty() && !indicators.isEmpty()) {
            int k = indicators.size() - 1;
            Indicator i = indicators.get(k);
            indicators.set(k, new Indicator(i.level1(), i.level2(), joinBroken(i.name(), pendingName), i.target(), i.actual(),
                    i.weight(), i.reportedScore(), i.deviationReason(), i.line()));
        }
        pendingName = "";
        ReasonColumn.settle(indicators);
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            if (i.level1().isEmpty() && i.level2() != null) {
                Category c = Category.ofLevel2(i.level2());
                if (c != Category.OTHER) {
                    indicators.set(k, new Indicator(c.stem() + "指标", i.level2(), i.name(), i.target(), i.actual(),
                            i.weight(), i.reportedScore(), i.deviationReason(), i.line()));
                }
            }
        }
    }

    private BigDecimal number(String cell, Row row, String fieldKey) {
        if (cell == null || Numbers.isBlankMark(cell)) {
            return null;
        }
        BigDecimal v = Numbers.parse(cell);
        if (v == null) {
            problems.add(row.line(), "indicator.not_a_number", Messages.nested(fieldKey), cell);
        }
        return v;
    }

    /** A cell that was meant to be a number but was garbled ("9.6x", "1O.00"). */
    private static boolean looksNumeric(String v) {
        String s = v.strip();
        if (s.isEmpty() || s.length() > 12) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(Numbers.ascii(c))) {
                digits++;
            } else if (c >= 0x2E80) {
                return false;
            }
        }
        return digits > 0 && digits * 2 >= s.length() - 1;
    }
}
