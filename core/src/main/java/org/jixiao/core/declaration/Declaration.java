package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;

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
