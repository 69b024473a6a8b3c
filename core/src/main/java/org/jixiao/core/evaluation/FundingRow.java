package org.jixiao.core.evaluation;

import java.math.BigDecimal;

/**
 * One row of the national funding block (项目资金), amounts as printed in the table's unit.
 *
 * @param kind      which row
 * @param label     the label as printed
 * @param initial   年初预算数
 * @param annual    全年预算数 (the adjusted budget)
 * @param executed  全年执行数
 * @param ratePct   执行率 as printed, in percent
 * @param line      source line, 0 when not read from text
 */
public record FundingRow(Kind kind, String label, BigDecimal initial, BigDecimal annual, BigDecimal executed,
                         BigDecimal ratePct, int line) {

    public enum Kind {
        /** 年度资金总额 (部门整体: 年度资金总额 too) */
        TOTAL("年度资金总额"),
        /** 其中：当年财政拨款 */
        CURRENT_FISCAL("当年财政拨款"),
        /** 上年结转资金 */
        CARRIED_OVER("上年结转资金"),
        /** 其他资金 */
        OTHER("其他资金"),
        /** 部门整体支出: 基本支出 */
        BASIC("基本支出"),
        /** 部门整体支出: 项目支出 */
        PROJECT("项目支出");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isEmpty() {
        return initial == null && annual == null && executed == null;
    }
}
