package org.jixiao.core.scoring;

import java.math.BigDecimal;

/**
 * The funding block's execution score.
 *
 * @param annual        the budget the rate is taken against
 * @param executed      全年执行数
 * @param ratePct       执行率 in percent, rounded for display; null when there is no budget to divide by
 * @param weight        分值
 * @param reportedScore 得分 as printed
 * @param score         the score the table counts
 * @param recomputed    false when the printed score had to be kept
 * @param explanation   how it was reached
 */
public record BudgetScore(BigDecimal annual, BigDecimal executed, BigDecimal ratePct, BigDecimal weight,
                          BigDecimal reportedScore, BigDecimal score, boolean recomputed, Explanation explanation) {
}
