package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.FundingRow.Kind;

/**
 * The total row of the funding block against the rows under it, column by column: 年度资金总额 = 当年财政拨款 +
 * 上年结转资金 + 其他资金 (and, on department tables, = 基本支出 + 项目支出). A column is compared only where the
 * sub-rows print something in it — printed zeros count (Minhang prints 年初预算数 457000 over three rows of 0),
 * blank cells do not.
 */
public final class FundingSubRowsArithmetic implements Check {
    public static final String CODE = "ARITHMETIC_FUNDING_SUBROWS";

    private static final List<List<Kind>> SPLITS = List.of(
            List.of(Kind.CURRENT_FISCAL, Kind.CARRIED_OVER, Kind.OTHER),
            List.of(Kind.BASIC, Kind.PROJECT));

    private record Column(Term name, Function<FundingRow, BigDecimal> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(Term.INITIAL, FundingRow::initial),
            new Column(Term.ANNUAL, FundingRow::annual),
            new Column(Term.EXECUTED, FundingRow::executed));

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        Funding funding = ctx.evaluation().funding();
        FundingRow total = funding.totalRow();
        String label = total == null ? Kind.TOTAL.label() : total.label();
        int line = total == null ? ctx.evaluation().line() : total.line();
        for (List<Kind> split : SPLITS) {
            List<FundingRow> parts = new ArrayList<>();
            for (Kind kind : split) {
                funding.row(kind).ifPresent(parts::add);
            }
            if (parts.isEmpty()) {
                continue;
            }
            String partNames = String.join(" + ", parts.stream().map(r -> r.kind().label()).toList());
            for (Column column : COLUMNS) {
                BigDecimal sum = sumOf(parts, column);
                if (sum == null) {
                    continue; // no sub-row prints this column: nothing to add up
                }
                BigDecimal printed = total == null ? null : column.value().apply(total);
                Place place = Place.cell(label, column.name().zh(), line);
                if (printed == null || printed.signum() == 0) {
                    if (sum.signum() != 0) {
                        out.add(Finding.of(CODE, "total_empty", Severity.WARNING, place,
                                column.name(), printed == null ? "—" : printed, partNames, sum));
                    }
                } else if (!Printed.agreeAtCoarser(printed, sum, ctx.scheme().rounding())) {
                    out.add(Finding.of(CODE, Severity.ERROR, place, column.name(), printed, partNames, sum));
                }
            }
        }
    }

    private static BigDecimal sumOf(List<FundingRow> parts, Column column) {
        BigDecimal sum = null;
        for (FundingRow r : parts) {
            BigDecimal v = column.value().apply(r);
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }
}
