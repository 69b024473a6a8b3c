package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.List;

/**
 * A declaration as the API takes it and gives it back (and as the form posts it): values as printed — {@code operator}
 * {@code >=} {@code >} {@code =} {@code <=} {@code <} or {@code 定性} (the enum names {@code GE} … too), {@code level1} /
 * {@code level2} the printed labels, {@code attribute} 新增 / 延续 (经常性 / 一次性). Required: organisationId, year,
 * project, indicators.
 */
public record DeclarationInput(Long organisationId, Integer year, String project, String projectCode, String attribute,
                               String department, String unit, String currencyUnit, Integer firstYear, Integer lastYear,
                               String manager, String phone, Funding funding, Funding midtermFunding, Goals goals,
                               List<IndicatorInput> indicators) {

    /** 资金总额, 其中：财政拨款, 其他资金, in the declaration's currency unit. */
    public record Funding(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    /** 年度目标 and 中期目标. */
    public record Goals(String annual, String midterm) {
    }

    /**
     * One indicator: 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 权重 (optional), 评（扣）分标准, 指标解释.
     */
    public record IndicatorInput(String level1, String level2, String name, String operator, String target, String unit,
                                 BigDecimal weight, String standard, String explanation) {
    }
}
