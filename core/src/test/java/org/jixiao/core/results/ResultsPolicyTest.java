package org.jixiao.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultsPolicyTest {
    private final ResultsPolicy national = ResultsPolicy.national();

    @Test
    void each_grade_maps_to_its_action_and_a_fair_grade_cuts_the_policys_share_exactly() {
        assertThat(national.decide("优", new BigDecimal("587.14")).action()).isEqualTo(BudgetAction.PRIORITY);
        assertThat(national.decide("良", new BigDecimal("587.14")).cut()).isEqualByComparingTo("0");
        ResultsPolicy.Decision fair = national.decide("中", new BigDecimal("587.14"));
        assertThat(fair.action()).isEqualTo(BudgetAction.CUT);
        assertThat(fair.cut()).isEqualByComparingTo("58.71");
        assertThat(national.decide("差", new BigDecimal("587.14")).cut()).isEqualByComparingTo("587.14");
        assertThat(national.decide(null, BigDecimal.TEN)).isNull();
    }

    @Test
    void a_fair_or_poor_final_grade_proposes_a_rectification_and_a_good_one_or_none_does_not() {
        assertThat(national.proposesRectification("中")).isTrue();
        assertThat(national.proposesRectification("差")).isTrue();
        assertThat(national.proposesRectification("良")).isFalse();
        assertThat(national.proposesRectification(null)).isFalse();
    }

    @Test
    void a_policy_that_cuts_without_saying_how_much_is_refused_when_loaded() {
        String json = "{\"id\":\"x\",\"actions\":{\"中\":\"CUT\"}}";
        assertThatThrownBy(() -> ResultsPolicy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("cutPct");
    }

    @Test
    void a_declaration_after_a_poor_year_is_blocked_with_the_reason_and_after_a_fair_one_warned() {
        NextDeclarationGate.Outcome poor = NextDeclarationGate.judge(national, NextDeclarationGate.LastYear.GRADED, "差", 2023);
        assertThat(poor.verdict()).isEqualTo(NextDeclarationGate.Verdict.BLOCKED);
        assertThat(poor.reason(Locale.CHINESE)).contains("2023", "差", "取消或暂停");
        NextDeclarationGate.Outcome fair = NextDeclarationGate.judge(national, NextDeclarationGate.LastYear.GRADED, "中", 2023);
        assertThat(fair.verdict()).isEqualTo(NextDeclarationGate.Verdict.WARNED);
        assertThat(fair.reason(Locale.ENGLISH)).contains("cut by 10%");
    }

    @Test
    void a_project_with_no_record_of_last_year_is_not_refused_but_one_whose_evaluation_is_missing_is() {
        assertThat(NextDeclarationGate.judge(national, NextDeclarationGate.LastYear.NO_RECORD, null, 2023).verdict())
                .isEqualTo(NextDeclarationGate.Verdict.ALLOWED);
        assertThat(NextDeclarationGate.judge(national, NextDeclarationGate.LastYear.EVALUATION_MISSING, null, 2023).verdict())
                .isEqualTo(NextDeclarationGate.Verdict.BLOCKED);
    }

    @Test
    void a_rectification_goes_from_draft_to_issued_answered_and_accepted_or_back_to_the_unit() {
        Rectification r = new Rectification(Rectification.Source.MONITORING, "培训进度滞后整改", "9 月底前补齐培训",
                LocalDate.of(2023, 9, 30), "", null);
        Rectification answered = r.after(Rectification.Step.ISSUE).after(Rectification.Step.ANSWER);
        assertThat(answered.after(Rectification.Step.ACCEPT).state()).isEqualTo(Rectification.State.ACCEPTED);
        Rectification returned = answered.after(Rectification.Step.RETURN);
        assertThat(returned.isOverdue(LocalDate.of(2023, 10, 1))).isTrue();
        assertThat(returned.after(Rectification.Step.ANSWER).state()).isEqualTo(Rectification.State.ANSWERED);
        assertThatThrownBy(() -> r.after(Rectification.Step.ACCEPT)).hasMessageContaining("DRAFT");
    }
}
