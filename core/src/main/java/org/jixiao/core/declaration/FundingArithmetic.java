package org.jixiao.core.declaration;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;

/** 资金总额 = 财政拨款 + 其他资金, for the year and for the period, and the year's amount within the period's (errors). */
public final class FundingArithmetic implements DeclarationCheck {
    public static final String CODE = "DECLARATION_FUNDING_ARITHMETIC";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        Declaration d = ctx.declaration();
        partsAddUp(d.annualFunding(), "annual", "年度资金总额", out);
        partsAddUp(d.midtermFunding(), "midterm", "中期资金总额", out);
        BigDecimal annual = d.annualFunding().total();
        BigDecimal midterm = d.midtermFunding().total();
        if (annual != null && midterm != null && annual.compareTo(midterm) > 0) {
            out.add(Finding.of(CODE, "annual_over_midterm", Severity.ERROR, Place.cell("年度资金总额", "金额", 0), annual, midterm));
        }
    }

    private static void partsAddUp(DeclaredFunding f, String which, String row, List<Finding> out) {
        BigDecimal parts = f.partsSum();
        if (f.total() != null && parts != null && f.total().compareTo(parts) != 0) {
            out.add(Finding.of(CODE, "parts_" + which, Severity.ERROR, Place.cell(row, "金额", 0), f.total(), parts));
        }
    }
}
