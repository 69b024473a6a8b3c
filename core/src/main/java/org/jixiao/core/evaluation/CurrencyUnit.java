package org.jixiao.core.evaluation;

import java.math.BigDecimal;

/** The unit a table states its amounts in. Yunnan and Suzhou print 万元, Shanghai Minhang 元. */
public enum CurrencyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuan;

    CurrencyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    /**
     * The unit of a table's amounts: the one it prints, or 万元 where it names none — the unit the national and the
     * provincial forms print their amounts in. Decided here once, for every reader, sum and rendering.
     */
    public static CurrencyUnit orAssumed(CurrencyUnit printed) {
        return printed == null ? WAN_YUAN : printed;
    }

    public String label() {
        return label;
    }

    /** Converts an amount in this unit to {@code other}, exactly. */
    public BigDecimal convert(BigDecimal amount, CurrencyUnit other) {
        if (amount == null || other == this) {
            return amount;
        }
        return amount.multiply(yuan).divide(other.yuan).stripTrailingZeros();
    }

    /** Reads 万元 / 元 from a label such as "金额单位：万元" or "项目资金(元)"; null when neither is named. */
    public static CurrencyUnit find(String text) {
        if (text == null) {
            return null;
        }
        if (text.contains("万元") || text.contains("萬元")) {
            return WAN_YUAN;
        }
        return text.contains("元") ? YUAN : null;
    }
}
