package org.jixiao.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.declaration.SampleDeclarations.d;
import static org.jixiao.core.declaration.SampleDeclarations.indicator;

import java.util.List;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

class EvaluationFromDeclarationTest {
    private final DeclarationVersion first = DeclarationVersion.first(SampleDeclarations.valid());

    @Test
    void the_self_evaluation_copies_header_approved_amounts_goal_and_every_indicator_with_its_target() {
        SelfEvaluation e = EvaluationFromDeclaration.generate(first, first).evaluation();

        assertThat(e.header().project()).isEqualTo("专业技术人员继续教育");
        assertThat(e.header().year()).isEqualTo(2023);
        assertThat(e.goals().declared()).isEqualTo("完成培训 8 次，合格率不低于 90%。");
        FundingRow total = e.funding().totalRow();
        assertThat(total.initial()).isEqualByComparingTo("100");
        assertThat(total.annual()).isNull();
        assertThat(total.executed()).isNull();
        assertThat(e.funding().row(FundingRow.Kind.CURRENT_FISCAL).orElseThrow().initial()).isEqualByComparingTo("80");
        assertThat(e.indicators()).extracting(Indicator::name).containsExactly(
                "培训人次", "考试合格率", "12月底前完成", "人均培训成本", "持证人员上岗率", "参训人员满意度");
        assertThat(e.indicators().get(1).target().text()).isEqualTo(">=90%");
        assertThat(e.indicators()).allSatisfy(i -> {
            assertThat(i.actual().status()).isEqualTo(ActualStatus.REPORTED);
            assertThat(i.actual().isEmpty()).isTrue();
        });
    }

    @Test
    void a_target_changed_by_an_adjustment_is_given_with_its_original_and_a_deleted_indicator_stays_excluded_in_its_place() {
        DeclarationVersion second = new Adjustment("", "预算调减", d("80"), List.of(
                IndicatorChange.modify(0, indicator("产出指标", "数量指标", "培训人次", "≥", "6", "次")),
                IndicatorChange.delete(1))).applyTo(first);

        EvaluationFromDeclaration.Generated g = EvaluationFromDeclaration.generate(first, second);

        assertThat(g.version()).isEqualTo(2);
        assertThat(g.evaluation().indicators()).extracting(Indicator::name).containsExactly(
                "培训人次", "考试合格率", "12月底前完成", "人均培训成本", "持证人员上岗率", "参训人员满意度");
        Indicator deleted = g.evaluation().indicators().get(1);
        assertThat(deleted.actual().status()).isEqualTo(ActualStatus.EXCLUDED);
        assertThat(deleted.actual().reason()).contains("调整剔除", "version 2");
        assertThat(g.targetChanges()).singleElement().satisfies(c -> {
            assertThat(c.indicatorIndex()).isZero();
            assertThat(c.original().text()).isEqualTo(">=8次");
            assertThat(c.adjusted().text()).isEqualTo(">=6次");
        });
        assertThat(g.evaluation().funding().totalRow().initial()).isEqualByComparingTo("80");
    }
}
