package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.core.checks.TableAmounts;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * Adds up the groups the database summed (per status, grade and gap bin) into one summary. Amounts stay in 元 and
 * means stay sums and counts until the summary is made, so each shown figure is converted and rounded once.
 */
final class SummaryTally {
    private final Map<EvaluationStatus, Integer> statuses = new EnumMap<>(EvaluationStatus.class);
    private final Map<String, Integer> grades = new LinkedHashMap<>();
    private final Map<String, Integer> gaps = GapHistogram.empty();
    private int tables;
    private BigDecimal budgetYuan;
    private BigDecimal executedYuan;
    private BigDecimal rateSum = BigDecimal.ZERO;
    private long rates;
    private long unmet;
    private BigDecimal gapSum = BigDecimal.ZERO;
    private long gapCount;

    SummaryTally() {
        for (EvaluationStatus s : EvaluationStatus.NOT_VOIDED) { // a voided table is in no figure
            statuses.put(s, 0);
        }
        RecheckSummary.GRADES.forEach(g -> grades.put(g, 0));
    }

    /** One group of tables alike in status, grade and gap bin, as summed by {@link RecheckRepository#groups}. */
    record Group(Long part, EvaluationStatus status, String grade, Integer bin, int tables, BigDecimal budgetYuan,
                 BigDecimal executedYuan, BigDecimal rateSum, long rates, long unmet, BigDecimal gapSum, long gaps) {
    }

    void add(Group g) {
        tables += g.tables();
        statuses.merge(g.status(), g.tables(), Integer::sum);
        grades.merge(g.grade() == null ? "" : g.grade(), g.tables(), Integer::sum);
        if (g.bin() != null) {
            gaps.merge(GapHistogram.label(g.bin()), g.tables(), Integer::sum);
        }
        budgetYuan = add(budgetYuan, g.budgetYuan());
        executedYuan = add(executedYuan, g.executedYuan());
        rateSum = g.rateSum() == null ? rateSum : rateSum.add(g.rateSum());
        rates += g.rates();
        unmet += g.unmet();
        gapSum = g.gapSum() == null ? gapSum : gapSum.add(g.gapSum());
        gapCount += g.gaps();
    }

    /** The execution rate of the tables together, from the amounts summed in 元. */
    private BigDecimal together() {
        BigDecimal rate = new TableAmounts(budgetYuan, executedYuan, CurrencyUnit.YUAN).ratePct();
        return rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP);
    }

    RecheckSummary summary(CurrencyUnit unit) {
        return new RecheckSummary(tables, statuses, grades, unit, RecheckRow.two(CurrencyUnit.YUAN.convert(budgetYuan, unit)),
                RecheckRow.two(CurrencyUnit.YUAN.convert(executedYuan, unit)), mean(rateSum, rates), (int) unmet,
                mean(gapSum, gapCount), gaps, together());
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal d) {
        return d == null ? sum : sum == null ? d : sum.add(d);
    }

    private static BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
