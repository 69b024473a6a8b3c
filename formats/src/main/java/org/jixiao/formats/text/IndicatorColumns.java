package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of the indicator block in the order the header prints them, with their columns: the national form
 * (指标性质 / 指标值 / 度量单位 in three columns), Shanghai's (年度指标值 in one cell), Suzhou's (权重 before 实际完成值).
 */
final class IndicatorColumns {

    /** CRITERIA: a scoring sheet's words on how a row is scored (指标解释, 评分标准, 指标评价内容), read as no field. */
    enum Field { GROUP, LEVEL1, LEVEL2, NAME, OPERATOR, VALUE, UNIT, TARGET, ACTUAL, WEIGHT, SCORE, REASON, CRITERIA }

    private final Field[] byColumn;
    private final List<Field> order;

    private IndicatorColumns(Field[] byColumn) {
        this.byColumn = byColumn;
        List<Field> o = new ArrayList<>();
        for (Field f : byColumn) {
            if (f != null && f != Field.GROUP && !o.contains(f)) {
                o.add(f);
            }
        }
        this.order = List.copyOf(o);
    }

    /** True when the row is (part of) an indicator header. */
    static boolean isHeader(Row row) {
        int seen = 0;
        for (int i = 0; i < row.size(); i++) {
            String k = row.key(i);
            if (k.length() < 2 || k.length() > 8 || k.indexOf('指') < 0 && k.indexOf('值') < 0 && k.indexOf('权') < 0) {
                continue; // every label below has one of these, and a cell holding one is at most 4 longer than it
            }
            for (int l = 0; l < HEADER_LABELS.length; l++) {
                if (k.contains(HEADER_LABELS[l]) && k.length() <= HEADER_LABELS[l].length() + 4) {
                    seen |= 1 << l;
                }
            }
        }
        return (seen & NAME_3) != 0 || (seen & NAME) != 0 && (seen & (TARGET_VALUE | VALUE)) != 0
                || (seen & LEVEL_1) != 0 && (seen & LEVEL_2) != 0
                || (seen & ASSESSED) != 0 && (seen & (WEIGHT_COUNT | POINTS)) != 0;
    }

    /**
     * The labels a header is told by, one bit each (a header cell is the label itself, not a sentence of the notes
     * that names it): one pass over a row's cells, as every row is asked.
     */
    private static final String[] HEADER_LABELS = {"三级指标", "指标名称", "目标值", "指标值", "一级指标", "二级指标", "考核指标", "权数", "分值"};
    private static final int NAME_3 = 1;
    private static final int NAME = 1 << 1;
    private static final int TARGET_VALUE = 1 << 2;
    private static final int VALUE = 1 << 3;
    private static final int LEVEL_1 = 1 << 4;
    private static final int LEVEL_2 = 1 << 5;
    private static final int ASSESSED = 1 << 6;
    private static final int WEIGHT_COUNT = 1 << 7;
    private static final int POINTS = 1 << 8;

    /** Reads the header from one or two rows (the national form puts 年度指标值 over 指标性质 / 指标值 / 度量单位). */
    static IndicatorColumns of(Row first, Row second) {
        int width = Math.max(first.size(), second == null ? 0 : second.size());
        Field[] fields = new Field[width];
        for (int c = 0; c < width; c++) {
            String k = first.key(c) + (second == null ? "" : "|" + second.key(c));
            fields[c] = classify(k);
        }
        boolean separateOperator = false;
        for (Field f : fields) {
            separateOperator |= f == Field.OPERATOR;
        }
        if (!separateOperator) {
            for (int c = 0; c < width; c++) {
                if (fields[c] == Field.VALUE) {
                    fields[c] = Field.TARGET;
                }
            }
        }
        return new IndicatorColumns(fields);
    }

    /**
     * The block's columns from its header row and the row above it: the national form prints 年度指标值 over
     * 指标性质 / 指标值 / 度量单位, so the two rows make one header; a header that names no score falls back to the
     * national form.
     */
    static IndicatorColumns fromHeader(Row previous, Row row) {
        boolean twoRows = previous != null && (previous.findContaining("年度指标值") >= 0 || previous.findContaining("实际完成值") >= 0)
                && !isHeader(previous);
        IndicatorColumns columns = of(twoRows ? previous : row, twoRows ? row : null);
        // a header whose scores stand in the row above (the national form's two header rows) is the national one
        boolean scoresAbove = previous != null && (previous.findContaining("分值") >= 0 || previous.findContaining("得分") >= 0
                || previous.findContaining("权重") >= 0);
        return columns.isComplete() || columns.isUnscored() && !scoresAbove ? columns : national();
    }

    /** A form that prints no 分值 or 得分 (a declaration, an indicator-completion sheet): names and values only. */
    boolean isUnscored() {
        return has(Field.NAME) && (has(Field.LEVEL2) || has(Field.LEVEL1)) && (has(Field.TARGET) || has(Field.VALUE) || has(Field.ACTUAL))
                && !has(Field.WEIGHT) && !has(Field.SCORE);
    }

    static Field classify(String k) {
        if (k.replace("|", "").isEmpty()) {
            return null;
        }
        if (k.contains("一级指标") || k.equals("项目") || k.equals("类别") || k.startsWith("类别|") || k.equals("指标类型") || k.equals("指标类别")) {
            return Field.LEVEL1;
        }
        if (k.contains("二级指标") || k.equals("考核内容")) {
            return Field.LEVEL2;
        }
        if (k.contains("三级指标") || k.contains("指标名称") || k.equals("指标内容") || k.equals("考核指标")) {
            return Field.NAME;
        }
        if (k.contains("指标性质")) {
            return Field.OPERATOR;
        }
        if (k.contains("度量单位") || k.contains("计量单位")) {
            return Field.UNIT;
        }
        if (WeightBeforeCriteria.isCriteria(k)) {
            return Field.CRITERIA;
        }
        if (k.contains("实际完成") || k.contains("实际值") || k.contains("全年实际") || k.endsWith("完成值")) {
            return Field.ACTUAL;
        }
        if (k.contains("指标值") || k.contains("目标值") || k.endsWith("工作目标")) {
            return Field.VALUE;
        }
        if (k.contains("分值") || k.contains("权重") || k.equals("权数")) {
            return Field.WEIGHT;
        }
        if (k.contains("得分") || k.contains("自评分")) {
            return Field.SCORE;
        }
        if (k.contains("偏差") || k.contains("原因") || k.contains("改进措施") || k.equals("备注")) {
            return Field.REASON;
        }
        return Field.GROUP;
    }

    Field at(int column) {
        return column >= 0 && column < byColumn.length ? byColumn[column] : null;
    }

    int columnOf(Field f) {
        for (int c = 0; c < byColumn.length; c++) {
            if (byColumn[c] == f) {
                return c;
            }
        }
        return -1;
    }

    /** The fields in printed order. */
    List<Field> order() {
        return order;
    }

    /** The fields that follow the name, in printed order. */
    List<Field> afterName() {
        int i = order.indexOf(Field.NAME);
        return i < 0 ? order : order.subList(i + 1, order.size());
    }

    boolean has(Field f) {
        return order.contains(f);
    }

    boolean isComplete() {
        return has(Field.NAME) && (has(Field.SCORE) || has(Field.WEIGHT));
    }

    /** Columns in the order given, one field each. */
    static IndicatorColumns of(Field... fields) {
        return new IndicatorColumns(fields.clone());
    }

    /** The national default when no header was found. */
    static IndicatorColumns national() {
        return new IndicatorColumns(new Field[]{Field.LEVEL1, Field.LEVEL2, Field.NAME, Field.OPERATOR, Field.VALUE,
                Field.UNIT, Field.ACTUAL, Field.WEIGHT, Field.SCORE, Field.REASON});
    }
}
