package org.jixiao.server.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.BudgetUse;

/** The Suzhou form's 市级预算执行情况 and 市级财政资金使用情况 as typed: every field its layout prints. */
public class BudgetUseForm {
    /** The fields in the order the Suzhou layout prints them: the form draws one row per field. */
    public static final List<String> FIELDS = List.of("initial", "adjustment", "allocated", "unallocatedBalance",
            "unallocatedRecovered", "paid", "carryOverTotal", "carriedForward", "recovered");
    @Amount
    private BigDecimal initial;
    @Amount
    private BigDecimal adjustment;
    @Amount
    private BigDecimal allocated;
    @Amount
    private BigDecimal unallocatedBalance;
    @Amount
    private BigDecimal unallocatedRecovered;
    @Amount
    private BigDecimal paid;
    @Amount
    private BigDecimal carryOverTotal;
    @Amount
    private BigDecimal carriedForward;
    @Amount
    private BigDecimal recovered;

    static BudgetUseForm of(BudgetUse u) {
        BudgetUseForm f = new BudgetUseForm();
        if (u != null) {
            f.initial = u.initial();
            f.adjustment = u.adjustment();
            f.allocated = u.allocated();
            f.unallocatedBalance = u.unallocatedBalance();
            f.unallocatedRecovered = u.unallocatedRecovered();
            f.paid = u.paid();
            f.carryOverTotal = u.carryOverTotal();
            f.carriedForward = u.carriedForward();
            f.recovered = u.recovered();
        }
        return f;
    }

    BudgetUse toBudgetUse() {
        return new BudgetUse(initial, adjustment, allocated, unallocatedBalance, unallocatedRecovered, paid, carryOverTotal,
                carriedForward, recovered);
    }

    public BigDecimal getInitial() { return initial; }
    public void setInitial(BigDecimal v) { initial = v; }
    public BigDecimal getAdjustment() { return adjustment; }
    public void setAdjustment(BigDecimal v) { adjustment = v; }
    public BigDecimal getAllocated() { return allocated; }
    public void setAllocated(BigDecimal v) { allocated = v; }
    public BigDecimal getUnallocatedBalance() { return unallocatedBalance; }
    public void setUnallocatedBalance(BigDecimal v) { unallocatedBalance = v; }
    public BigDecimal getUnallocatedRecovered() { return unallocatedRecovered; }
    public void setUnallocatedRecovered(BigDecimal v) { unallocatedRecovered = v; }
    public BigDecimal getPaid() { return paid; }
    public void setPaid(BigDecimal v) { paid = v; }
    public BigDecimal getCarryOverTotal() { return carryOverTotal; }
    public void setCarryOverTotal(BigDecimal v) { carryOverTotal = v; }
    public BigDecimal getCarriedForward() { return carriedForward; }
    public void setCarriedForward(BigDecimal v) { carriedForward = v; }
    public BigDecimal getRecovered() { return recovered; }
    public void setRecovered(BigDecimal v) { recovered = v; }
}
