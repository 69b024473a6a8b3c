package org.jixiao.formats.text;

import org.jixiao.core.text.Text;

/**
 * A scoring sheet that prints the words on how a row is scored between its weight and its score (一级指标 | 二级指标 |
 * 三级指标 | 分值 | 指标评价内容 | 得分, as Sichuan's 项目支出绩效评分表 does), run together with no separator:
 * "必要性(政策依据)5项目符合党中央……分析5可行性(政策完善)5……". After such a header a small figure wedged between
 * words is the row's weight or score, a cell of its own, not part of a word as "5000吨稻谷" is elsewhere.
 */
final class WeightBeforeCriteria {
    private static final String[] CRITERIA = {"指标评价内容", "评分标准", "指标解释", "评分细则", "评价标准"};

    private WeightBeforeCriteria() {
    }

    /** A header label of the criteria column. */
    static boolean isCriteria(String key) {
        for (String c : CRITERIA) {
            if (key.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where in a run-on line the header that prints 分值 right before a criteria column ends (its 得分 label), -1
     * when the line has no such header.
     */
    static int headerEnd(String s) {
        int weight = s.indexOf("分值");
        while (weight >= 0) {
            String after = Text.key(s.substring(weight + 2, Math.min(s.length(), weight + 12)));
            if (isCriteria(after)) {
                int score = s.indexOf("得分", weight + 2);
                return score < 0 ? -1 : score + 2;
            }
            weight = s.indexOf("分值", weight + 2);
        }
        return -1;
    }

    /**
     * The length of a weight or score at {@code i}: one or two digits (a half point too) right after a word or a
     * bracket and right before a word; 0 when there is none.
     */
    static int figureAt(String s, int i) {
        if (i == 0 || !Character.isDigit(s.charAt(i))) {
            return 0;
        }
        char before = s.charAt(i - 1);
        if (!isCjk(before) && before != ')' && before != '）') {
            return 0;
        }
        int end = i;
        while (end < s.length() && Character.isDigit(s.charAt(end)) && end - i < 3) {
            end++;
        }
        if (end - i > 2) {
            return 0;
        }
        if (end + 1 < s.length() && s.charAt(end) == '.' && s.charAt(end + 1) == '5') {
            end += 2;
        }
        if (end + 1 < s.length() && (s.charAt(end) == '(' || s.charAt(end) == '（') && Character.isDigit(s.charAt(end + 1))) {
            return end - i; // a score before the next group's points: 完善5(10)
        }
        if (end >= s.length() || !isCjk(s.charAt(end))) {
            return 0;
        }
        // 5项 is five items, but 5项目… is a weight before the words on a 项目
        boolean unit = isUnit(s.charAt(end)) && !s.startsWith("项目", end);
        return unit ? 0 : end - i;
    }

    /** A unit after a figure makes it a quantity in the words (5个, 10万元, 3天), not a weight. */
    private static boolean isUnit(char c) {
        return "个万元次人天年月日件项户家所台套座辆处场期批吨亩米公里小时分钟倍名条份页".indexOf(c) >= 0;
    }

    private static boolean isCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    static boolean isFigure(String cell) {
        return !cell.isEmpty() && cell.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }
}
