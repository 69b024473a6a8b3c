package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;
import org.jixiao.formats.text.IndicatorColumns.Field;

/**
 * Where an indicator row ends when the extraction lost the row breaks and the empty cells. The cells after a name
 * are matched by kind to the header's fields in printed order, any field possibly empty (and so missing); a match
 * never leaves a figure behind it, since a row's figures always end it.
 */
final class IndicatorRowShape {

    /**
     * How a row starting at a name spans the cells: its length (name included) and how many of weight and score it
     * filled. The longer reading wins (a shorter one leaves a unit or an actual behind as a row of its own), then
     * the one that fills more figures.
     */
    record Match(int length, int figures) {
        static final Match NONE = new Match(0, 0);

        boolean betterThan(Match o) {
            return length != o.length ? length > o.length : figures > o.figures;
        }
    }

    private final List<Field> fields;
    /** Cells that can fill no value field: a column's words repeated on every row belong to its reason column. */
    private final java.util.function.Predicate<String> noValue;

    IndicatorRowShape(IndicatorColumns columns) {
        this(columns, c -> false);
    }

    IndicatorRowShape(IndicatorColumns columns, java.util.function.Predicate<String> noValue) {
        this.noValue = noValue;
        List<Field> f = new ArrayList<>(columns.afterName());
        f.remove(Field.REASON);
        this.fields = List.copyOf(f);
    }

    /** Whether the header has 分值 or 得分 columns, whose figures end a row. */
    boolean hasFigures() {
        return fields.contains(Field.WEIGHT) || fields.contains(Field.SCORE);
    }

    /** The best reading of the cells from {@code start} as one row with its name first; NONE when the first cell is no name. */
    Match at(List<String> cells, int start) {
        if (start >= cells.size() || !isName(cells.get(start))) {
            return Match.NONE;
        }
        return best(cells, start, 0, start + 1, 0);
    }

    private Match best(List<String> cells, int start, int field, int p, int figures) {
        if (field == fields.size()) {
            return p < cells.size() && isFigure(cells.get(p)) ? Match.NONE : new Match(p - start, figures);
        }
        Match best = best(cells, start, field + 1, p, figures);
        if (p < cells.size() && fits(fields.get(field), cells.get(p))) {
            Field f = fields.get(field);
            Match taken = best(cells, start, field + 1, p + 1, figures + (f == Field.WEIGHT || f == Field.SCORE ? 1 : 0));
            if (taken.betterThan(best)) {
                best = taken;
            }
        }
        return best;
    }

    private boolean fits(Field f, String cell) {
        if (!isValueCell(cell) || noValue.test(cell)) {
            return false;
        }
        return switch (f) {
            case OPERATOR -> Operator.parse(cell) != null;
            case UNIT -> Numbers.parse(cell) == null && cell.length() <= 6 && Operator.parse(cell) == null && !Vocabulary.meansNothing(cell);
            case WEIGHT, SCORE -> isFigure(cell);
            default -> true;
        };
    }

    /** A weight or a score: a number with no sign or unit around it. */
    static boolean isFigure(String cell) {
        String s = cell.strip();
        return Numbers.parse(s) != null && !s.endsWith("%") && !s.endsWith("％");
    }

    /** A cell that can be a name: no figure, no sign, no label of the form. */
    static boolean isName(String cell) {
        String s = cell.strip();
        return isValueCell(s) && Numbers.parse(s) == null && Operator.parse(s) == null && !Numbers.isBlankMark(s)
                && "<>=≥≤＜＞＝≧≦".indexOf(s.charAt(0)) < 0;
    }

    private static boolean isValueCell(String cell) {
        return !cell.isBlank() && !Vocabulary.isLevelLabel(cell) && !isGroupLabel(cell) && !endsBlock(Text.key(cell));
    }

    /** The merged cell at the left of the block: 绩效指标, 项目绩效实现情况(80分). */
    static boolean isGroupLabel(String cell) {
        String k = Text.key(cell);
        return k.equals("绩效指标") || k.contains("实现情况") || k.startsWith("项目绩效");
    }

    /** The rows after the indicator block begin with these. */
    static boolean endsBlock(String key) {
        return key.startsWith("总分") || key.startsWith("合计") || key.startsWith("其他需要说明") || key.startsWith("备注")
                || key.startsWith("填表说明") || key.startsWith("自评等级") || key.startsWith("项目名称") || key.startsWith("部门名称")
                || Vocabulary.isTitle(key) || key.endsWith("指标表");
    }
}
