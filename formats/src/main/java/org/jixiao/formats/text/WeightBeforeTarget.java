package org.jixiao.formats.text;

import java.util.Arrays;

/**
 * A scoring sheet printing its 分值 before the 指标值 (一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 全年实际值 | 得分, as
 * Ningxia's 项目支出绩效自评表 does), run together by a document site's recognition: "完整性4一目标明确…4相关性2…". As after
 * a criteria column ({@link WeightBeforeCriteria}), a small figure wedged between words is the row's weight or score.
 * The narrow cell of its weight label (参考 over 分值) comes out of recognition with its characters out of order
 * ("考值参分"): the same four characters right before 指标值 are that label.
 */
final class WeightBeforeTarget {
    private static final String WEIGHT_LABEL = "参考分值";
    private static final char[] WEIGHT_CHARS = sorted(WEIGHT_LABEL);
    private static final String TARGET_LABEL = "指标值";

    private WeightBeforeTarget() {
    }

    /** Where the header printing the weight right before 指标值 ends (its 得分 label), -1 when the line has none. */
    static int headerEnd(String s) {
        int target = s.indexOf(TARGET_LABEL);
        while (target >= 0) {
            if (weightLabelEndsAt(s, target)) {
                int score = s.indexOf("得分", target);
                return score < 0 ? -1 : score + 2;
            }
            target = s.indexOf(TARGET_LABEL, target + TARGET_LABEL.length());
        }
        return -1;
    }

    private static boolean weightLabelEndsAt(String s, int end) {
        return s.startsWith("分值", end - 2) || s.startsWith("权重", end - 2) || scrambledAt(s, end - WEIGHT_LABEL.length()) > 0;
    }

    /**
     * The length of the weight label at {@code i} with its characters out of order (考值参分), where 指标值 follows it;
     * 0 when none is there (also when it is printed in order, which the form's labels find).
     */
    static int scrambledAt(String s, int i) {
        int n = WEIGHT_LABEL.length();
        if (i < 0 || i + n > s.length() || s.startsWith(WEIGHT_LABEL, i) || WEIGHT_LABEL.indexOf(s.charAt(i)) < 0
                || !s.startsWith(TARGET_LABEL, i + n)) {
            return 0;
        }
        return Arrays.equals(sorted(s.substring(i, i + n)), WEIGHT_CHARS) ? n : 0;
    }

    /** The weight label as the form prints it. */
    static String label() {
        return WEIGHT_LABEL;
    }

    private static char[] sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return c;
    }
}
