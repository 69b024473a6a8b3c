package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.SubItem;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;

/**
 * Builds self-evaluations for the tests the way the forms print them: amounts and scores as strings so their
 * printed precision is kept ("100.00" is not "100").
 */
final class Tables {
    static final Scheme NATIONAL = Schemes.builtIn().get("national-2020");
    static final Scheme SUZHOU = Schemes.builtIn().get("suzhou-2023");

    private Tables() {
    }

    /** A national form with a clean funding block (100 / 100 / 100, rate 100.00, score 10.00) and no indicators. */
    static Builder national() {
        return new Builder("national", NATIONAL).funding("100", "100", "100", "10", "100.00", "10.00");
    }

    /** A Suzhou form with no budget-use block and no indicators. */
    static Builder suzhou() {
        return new Builder("suzhou", SUZHOU);
    }

    static BigDecimal d(String printed) {
        return printed == null ? null : new BigDecimal(printed);
    }

    /** A row of the national form: 指标性质, 指标值 and 度量单位 in three columns. */
    static Indicator row(String level1, String level2, String name, String op, String value, String unit,
                         String actual, String weight, String score, String reason) {
        return new Indicator(level1, level2, name, Target.of(op, value, unit), Actual.reported(actual), d(weight),
                d(score), reason, 0);
    }

    /** A row whose target is written in one cell ({@code =30个}, {@code 及时，12月底前完成}), as Minhang and Suzhou print. */
    static Indicator cell(String level1, String level2, String name, String target, String actual, String weight,
                          String score) {
        return new Indicator(level1, level2, name, Target.parse(target), Actual.reported(actual), d(weight), d(score), "", 0);
    }

    /** A row whose actual is 无, with the reason the table gives; it carries no weight and no score. */
    static Indicator notReported(String level1, String level2, String name, String op, String value, String unit,
                                 String reason) {
        return new Indicator(level1, level2, name, Target.of(op, value, unit), Actual.notReported("无", reason), null,
                null, reason, 0);
    }

    static final class Builder {
        private final String layout;
        private Scheme scheme;
        private final List<FundingRow> rows = new ArrayList<>();
        private BigDecimal fundingWeight;
        private BigDecimal rate;
        private BigDecimal fundingScore;
        private BudgetUse use;
        private final List<SubItem> subItems = new ArrayList<>();
        private SubItem subItemTotal;
        private final List<Indicator> indicators = new ArrayList<>();
        private BigDecimal weightSum;
        private BigDecimal scoreSum;
        private BigDecimal maxTotal;
        private BigDecimal total;
        private String grade;
        private String notes = "";
        private List<Indicator> declared;

        private Builder(String layout, Scheme scheme) {
            this.layout = layout;
            this.scheme = scheme;
        }

        /** Scores under another scheme than the layout's own (a region's variant, say). */
        Builder scheme(Scheme other) {
            scheme = other;
            return this;
        }

        /** The total row 年度资金总额 with its 分值, 执行率 and 得分; replaces any funding rows given before. */
        Builder funding(String initial, String annual, String executed, String weight, String ratePct, String score) {
            rows.clear();
            rows.add(new FundingRow(FundingRow.Kind.TOTAL, "年度资金总额", d(initial), d(annual), d(executed), d(ratePct), 0));
            fundingWeight = d(weight);
            rate = d(ratePct);
            fundingScore = d(score);
            return this;
        }

        Builder fundingRow(FundingRow.Kind kind, String initial, String annual, String executed, String ratePct) {
            rows.add(new FundingRow(kind, kind.label(), d(initial), d(annual), d(executed), d(ratePct), 0));
            return this;
        }

        Builder noFunding() {
            rows.clear();
            fundingWeight = null;
            rate = null;
            fundingScore = null;
            return this;
        }

        /** The Suzhou budget-use block, in its printed order. */
        Builder use(String initial, String adjustment, String allocated, String balance, String balanceRecovered,
                    String paid, String carryOver, String carriedForward, String recovered) {
            use = new BudgetUse(d(initial), d(adjustment), d(allocated), d(balance), d(balanceRecovered), d(paid),
                    d(carryOver), d(carriedForward), d(recovered));
            return this;
        }

        Builder subItem(String name, String budget, String actual) {
            subItems.add(new SubItem(name, d(budget), d(actual), 0));
            return this;
        }

        Builder subItemTotal(String budget, String actual) {
            subItemTotal = new SubItem("合计", d(budget), d(actual), 0);
            return this;
        }

        Builder indicator(Indicator i) {
            indicators.add(i);
            return this;
        }

        Builder sums(String weights, String scores) {
            weightSum = d(weights);
            scoreSum = d(scores);
            return this;
        }

        Builder maxTotal(String printed) {
            maxTotal = d(printed);
            return this;
        }

        Builder total(String printed) {
            total = d(printed);
            return this;
        }

        Builder grade(String printed) {
            grade = printed;
            return this;
        }

        Builder notes(String printed) {
            notes = printed;
            return this;
        }

        Builder declared(List<Indicator> indicatorsDeclared) {
            declared = indicatorsDeclared;
            return this;
        }

        SelfEvaluation build() {
            Funding funding = new Funding(rows, fundingWeight, rate, fundingScore, use, subItems, subItemTotal);
            Header header = new Header("测试项目", "测试主管部门", "测试单位", 2023,
                    layout.equals("suzhou") ? CurrencyUnit.WAN_YUAN : CurrencyUnit.YUAN, null, null, Header.Kind.PROJECT);
            return new SelfEvaluation(header, funding, Goals.none(), indicators, weightSum, scoreSum, maxTotal, total,
                    grade, notes, layout, 1);
        }

        CheckContext context() {
            return CheckContext.scored(build(), scheme).withDeclared(declared);
        }

        /** The findings of one check on the table. */
        List<Finding> findings(Check check) {
            return Checks.run(List.of(check), context());
        }
    }
}
