package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A self-evaluation (项目支出绩效自评表) as filled in or as published: every figure the unit printed, none derived.
 * Derived figures live in {@link org.jixiao.core.scoring.ScoreSheet}.
 *
 * @param header                    the header
 * @param funding                   the funding block
 * @param goals                     年度总体目标
 * @param indicators                the indicator tree, leaves in printed order
 * @param reportedIndicatorWeightSum the 分值 printed on the indicator sum row, or null
 * @param reportedIndicatorScoreSum the 得分 printed on the indicator sum row, or null
 * @param reportedMaxTotal          总分值 as printed (100; Suzhou 80), or null
 * @param reportedTotal             总分 / 总得分 as printed, or null
 * @param reportedGrade             自评等级 as printed, or null
 * @param notes                     其他需要说明的事项
 * @param layout                    the form the table was printed in ("national", "suzhou" …)
 * @param line                      the line of the source where the table starts, 0 when not read from text
 */
public record SelfEvaluation(Header header, Funding funding, Goals goals, List<Indicator> indicators,
                             BigDecimal reportedIndicatorWeightSum, BigDecimal reportedIndicatorScoreSum,
                             BigDecimal reportedMaxTotal, BigDecimal reportedTotal, String reportedGrade, String notes,
                             String layout, int line) {

    public SelfEvaluation {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        funding = funding == null ? Funding.none() : funding;
        goals = goals == null ? Goals.none() : goals;
        notes = notes == null ? "" : notes.strip();
    }

    public SelfEvaluation withHeader(Header newHeader) {
        return new SelfEvaluation(newHeader, funding, goals, indicators, reportedIndicatorWeightSum,
                reportedIndicatorScoreSum, reportedMaxTotal, reportedTotal, reportedGrade, notes, layout, line);
    }

    /** The table in {@code year} where it prints none (an import's default year); as it is otherwise. */
    public SelfEvaluation inYearIfNone(Integer year) {
        return header.year() != null || year == null ? this : withHeader(header.withYear(year));
    }

    public SelfEvaluation withIndicators(List<Indicator> newIndicators) {
        return new SelfEvaluation(header, funding, goals, newIndicators, reportedIndicatorWeightSum,
                reportedIndicatorScoreSum, reportedMaxTotal, reportedTotal, reportedGrade, notes, layout, line);
    }
}
