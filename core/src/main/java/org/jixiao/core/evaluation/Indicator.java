package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import org.jixiao.core.text.Text;

/**
 * One row of the indicator tree (三级指标) with its place in the tree, its target, actual, weight and the score
 * printed for it.
 *
 * @param level1          一级指标 as printed (产出指标, 效益目标 …)
 * @param level2          二级指标 as printed, null where the form has none (Suzhou)
 * @param name            三级指标
 * @param target          年度指标值
 * @param actual          实际完成值
 * @param weight          分值 / 权重, null when none is printed (a not-reported row)
 * @param reportedScore   得分 as printed, null when none
 * @param deviationReason 偏差原因分析及改进措施, "" when none
 * @param line            the line of the source it was read from, 0 when not read from text
 * @param category        the first-level class the labels name; always derived from them (a value passed is
 *                        replaced), once here because the rules ask for it on every score
 */
public record Indicator(String level1, String level2, String name, Target target, Actual actual,
                        BigDecimal weight, BigDecimal reportedScore, String deviationReason, int line, Category category) {

    public Indicator(String level1, String level2, String name, Target target, Actual actual,
                     BigDecimal weight, BigDecimal reportedScore, String deviationReason, int line) {
        this(level1, level2, name, target, actual, weight, reportedScore, deviationReason, line, null);
    }

    public Indicator {
        name = name == null ? "" : Text.clean(name);
        level1 = level1 == null ? "" : Text.clean(level1);
        level2 = Text.isBlank(level2) ? null : Text.clean(level2);
        deviationReason = deviationReason == null ? "" : deviationReason.strip();
        if (target == null) {
            target = Target.parse("");
        }
        if (actual == null) {
            actual = Actual.reported("");
        }
        Category c = Category.ofLevel1(level1);
        category = c == Category.OTHER ? Category.ofLevel2(level2) : c;
    }

    public boolean hasDeviationReason() {
        return !Text.isBlank(deviationReason) && !deviationReason.strip().equals("无") && !deviationReason.strip().equals("/");
    }

    public Indicator withActual(Actual newActual) {
        return new Indicator(level1, level2, name, target, newActual, weight, reportedScore, deviationReason, line);
    }

    public Indicator withWeight(BigDecimal newWeight) {
        return new Indicator(level1, level2, name, target, actual, newWeight, reportedScore, deviationReason, line);
    }

    public Indicator withReportedScore(BigDecimal score) {
        return new Indicator(level1, level2, name, target, actual, weight, score, deviationReason, line);
    }
}
