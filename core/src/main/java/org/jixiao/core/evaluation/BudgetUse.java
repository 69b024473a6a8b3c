package org.jixiao.core.evaluation;

import java.math.BigDecimal;

/**
 * The Suzhou form's budget execution (市级预算执行情况) and use of funds (市级财政资金使用情况), as printed.
 *
 * @param initial              年初预算数
 * @param adjustment           当年使用上年结余、结转及当年调整预算数 (调整数)
 * @param allocated            财政拨款数
 * @param unallocatedBalance   指标结余数
 * @param unallocatedRecovered 指标结余收回数
 * @param paid                 实际支付数
 * @param carryOverTotal       资金结余、结转数
 * @param carriedForward       其中：结转数
 * @param recovered            其中：财政收回数
 */
public record BudgetUse(BigDecimal initial, BigDecimal adjustment, BigDecimal allocated, BigDecimal unallocatedBalance,
                        BigDecimal unallocatedRecovered, BigDecimal paid, BigDecimal carryOverTotal,
                        BigDecimal carriedForward, BigDecimal recovered) {

    /** 年初预算数 + 调整数: what the unit could have been allocated. */
    public BigDecimal available() {
        if (initial == null) {
            return null;
        }
        return adjustment == null ? initial : initial.add(adjustment);
    }
}
