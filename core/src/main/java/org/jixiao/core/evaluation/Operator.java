package org.jixiao.core.evaluation;

/**
 * 指标性质: how an actual is compared with its target. {@link #NONE} is a quantitative target printed
 * without a sign, {@link #QUALITATIVE} a target written in words (定性).
 */
public enum Operator {
    GE(">="), GT(">"), EQ("="), LE("<="), LT("<"), QUALITATIVE("定性"), NONE("");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Lower is better: costs, failures, response times. */
    public boolean isReverse() {
        return this == LE || this == LT;
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /**
     * Parses a sign as printed: ASCII, full-width, mathematical or in words (≥, ＞＝, 不低于, 不超过 …).
     * Returns null when the text is not an operator.
     */
    public static Operator parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        switch (s) {
            case ">=", "≥", "＞＝", "＞=", ">＝", "≧", "=>", "不低于", "不少于", "大于等于", "大于或等于", "以上", "达到":
                return GE;
            case ">", "＞", "大于", "高于", "多于":
                return GT;
            case "=", "＝", "==", "等于":
                return EQ;
            case "<=", "≤", "＜＝", "＜=", "<＝", "≦", "=<", "不高于", "不超过", "不多于", "小于等于", "小于或等于", "以内", "以下":
                return LE;
            case "<", "＜", "小于", "低于", "少于":
                return LT;
            case "定性", "定性指标":
                return QUALITATIVE;
            default:
                return null;
        }
    }
}
