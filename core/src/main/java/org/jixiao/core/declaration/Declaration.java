package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * 绩效目标申报表: the goals and indicators a unit declares for a project with its budget request. The figures as
 * declared; nothing here is derived.
 *
 * @param header         项目名称, 项目代码, units, 项目属性, 项目期 …
 * @param annualFunding  年度资金总额 = 财政拨款 + 其他资金
 * @param midtermFunding the same for the whole project period, {@link DeclaredFunding#none()} for a one-year project
 * @param goals          年度目标 and 中期目标
 * @param indicators     the indicator tree in printed order
 */
public record Declaration(DeclarationHeader header, DeclaredFunding annualFunding, DeclaredFunding midtermFunding,
                          DeclaredGoals goals, List<DeclaredIndicator> indicators) {

    public Declaration {
        annualFunding = annualFunding == null ? DeclaredFunding.none() : annualFunding;
        midtermFunding = midtermFunding == null ? DeclaredFunding.none() : midtermFunding;
        goals = goals == null ? DeclaredGoals.none() : goals;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /**
     * A declaration as the published-table reader holds it, in the self-evaluation's shape: the header, the funding
     * rows' amounts (年初 or, where only one column is printed, 全年), the declared goal and the indicators with their
     * targets and weights. What that shape has no place for (项目代码, 项目期, 中期 funding and goals) is left empty.
     */
    public static Declaration ofPrintedTable(SelfEvaluation table) {
        Header h = table.header();
        DeclarationHeader header = new DeclarationHeader(h.project(), null, h.department(), h.unit(), h.year(),
                h.currencyUnit(), null, null, null, h.preparedBy(), "");
        DeclaredFunding funding = new DeclaredFunding(amount(table, FundingRow.Kind.TOTAL),
                amount(table, FundingRow.Kind.CURRENT_FISCAL), amount(table, FundingRow.Kind.OTHER));
        List<DeclaredIndicator> indicators = table.indicators().stream()
                .map(i -> new DeclaredIndicator(0, i.level1(), i.level2(), i.name(), i.target(), i.weight(), "", ""))
                .toList();
        return new Declaration(header, funding, DeclaredFunding.none(), new DeclaredGoals(table.goals().declared(), ""),
                indicators);
    }

    private static java.math.BigDecimal amount(SelfEvaluation table, FundingRow.Kind kind) {
        return table.funding().row(kind).map(r -> r.initial() != null ? r.initial() : r.annual()).orElse(null);
    }

    /** The indicators as rows of the self-evaluation's tree, for the checks the two share. */
    public List<Indicator> asIndicators() {
        return indicators.stream().map(i -> i.asIndicator(null)).toList();
    }

    public Declaration withIndicators(List<DeclaredIndicator> newIndicators) {
        return new Declaration(header, annualFunding, midtermFunding, goals, newIndicators);
    }

    public Declaration withGoals(DeclaredGoals newGoals) {
        return new Declaration(header, annualFunding, midtermFunding, newGoals, indicators);
    }

    public Declaration withAnnualFunding(DeclaredFunding funding) {
        return new Declaration(header, funding, midtermFunding, goals, indicators);
    }
}
