package org.jixiao.core.declaration;

import java.math.BigDecimal;

/**
 * 年度（或中期）资金总额 and its parts, in the declaration's currency unit; a part not printed is null.
 *
 * @param total  资金总额
 * @param fiscal 其中：财政拨款
 * @param other  其他资金
 */
public record DeclaredFunding(BigDecimal total, BigDecimal fiscal, BigDecimal other) {

    public static DeclaredFunding none() {
        return new DeclaredFunding(null, null, null);
    }

    public boolean isEmpty() {
        return total == null && fiscal == null && other == null;
    }

    /** The parts as printed added up; a part not printed counts as 0, both missing gives null. */
    public BigDecimal partsSum() {
        if (fiscal == null && other == null) {
            return null;
        }
        return (fiscal == null ? BigDecimal.ZERO : fiscal).add(other == null ? BigDecimal.ZERO : other);
    }
}
