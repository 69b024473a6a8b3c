package org.jixiao.server.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.junit.jupiter.api.Test;

/** Each rule of who may do what, with a person it lets through and one it refuses, and why. */
class PoliciesTest {
    private static final Organisation UNIT = new Organisation(3, 2L, OrgKind.UNIT, "信息中心", "云南省", OrgLevel.PROVINCE, "/1/2/3/");
    private static final Organisation BUREAU = new Organisation(1, null, OrgKind.FINANCE_BUREAU, "财政厅", "云南省", OrgLevel.PROVINCE, "/1/");

    private static CurrentUser person(long id, Role role) {
        return new CurrentUser(id, "u" + id, "", "某人", role, 3L, "信息中心", "/1/2/3/", false);
    }

    private static DocumentFacts documentSubmittedBy(Long who, EvaluationStatus status) {
        return new DocumentFacts(status, status.isEditable(), who);
    }

    @Test
    void a_filler_fills_in_for_a_unit_but_nobody_fills_in_for_a_finance_bureau_and_a_reviewer_fills_in_nothing() {
        assertThat(Policies.MAY_FILL_IN.decide(person(1, Role.FILLER), UNIT).allowed()).isTrue();
        assertThat(Policies.MAY_FILL_IN.decide(person(1, Role.ADMIN), UNIT).allowed()).isTrue();
        assertThat(Policies.MAY_FILL_IN.decide(person(1, Role.FILLER), BUREAU).messageKey()).isEqualTo("error.notYoursToFill");
        assertThat(Policies.MAY_FILL_IN.decide(person(1, Role.DEPT_REVIEWER), UNIT).allowed()).isFalse();
    }

    @Test
    void a_filler_edits_a_draft_or_a_returned_table_and_a_submitted_one_is_locked() {
        CurrentUser filler = person(1, Role.FILLER);
        assertThat(Policies.MAY_EDIT.decide(filler, documentSubmittedBy(null, EvaluationStatus.DRAFT)).allowed()).isTrue();
        assertThat(Policies.MAY_EDIT.decide(filler, documentSubmittedBy(1L, EvaluationStatus.RETURNED)).allowed()).isTrue();
        Decision submitted = Policies.MAY_EDIT.decide(filler, documentSubmittedBy(1L, EvaluationStatus.SUBMITTED));
        assertThat(submitted.outcome()).isEqualTo(Decision.Outcome.LOCKED);
        assertThatThrownBy(submitted::orThrow).isInstanceOf(LockedEvaluationException.class);
        Decision reviewer = Policies.MAY_EDIT.decide(person(2, Role.DEPT_REVIEWER), documentSubmittedBy(null, EvaluationStatus.DRAFT));
        assertThat(reviewer.outcome()).isEqualTo(Decision.Outcome.FORBIDDEN);
        assertThatThrownBy(reviewer::orThrow).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobody_approves_what_they_submitted_themselves() {
        DocumentFacts submittedByFive = documentSubmittedBy(5L, EvaluationStatus.SUBMITTED);
        assertThat(Policies.NOT_OWN_SUBMISSION.decide(person(5, Role.ADMIN), submittedByFive).messageKey())
                .isEqualTo("error.ownSubmission");
        assertThat(Policies.NOT_OWN_SUBMISSION.decide(person(6, Role.DEPT_REVIEWER), submittedByFive).allowed()).isTrue();
        assertThat(Policies.NOT_OWN_SUBMISSION.decide(person(6, Role.DEPT_REVIEWER), documentSubmittedBy(null,
                EvaluationStatus.DRAFT)).allowed()).isTrue();
    }

    @Test
    void reviewers_and_finance_read_the_recheck_and_a_filler_does_not() {
        assertThat(Policies.MAY_READ_RECHECKS.decide(person(1, Role.DEPT_REVIEWER)).allowed()).isTrue();
        assertThat(Policies.MAY_READ_RECHECKS.decide(person(1, Role.FINANCE_REVIEWER)).allowed()).isTrue();
        assertThat(Policies.MAY_READ_RECHECKS.decide(person(1, Role.FILLER)).messageKey()).isEqualTo("error.notYourRecheck");
    }

    @Test
    void a_step_of_the_review_is_taken_by_its_own_role_only() {
        assertThat(Policies.takesStepsOf(Role.FINANCE_REVIEWER).decide(person(1, Role.FINANCE_REVIEWER)).allowed()).isTrue();
        assertThat(Policies.takesStepsOf(Role.FINANCE_REVIEWER).decide(person(1, Role.DEPT_REVIEWER)).messageKey())
                .isEqualTo("error.notYourStep");
    }
}
