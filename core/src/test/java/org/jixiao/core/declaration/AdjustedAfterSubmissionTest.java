package org.jixiao.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.declaration.SampleDeclarations.indicator;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.checks.AdjustedAfterSubmission;
import org.jixiao.core.checks.CheckContext;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.LaterAdjustment;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Schemes;
import org.junit.jupiter.api.Test;

/**
 * An adjustment approved after the self-evaluation was submitted does not change the evaluation: each of its changes
 * is a finding of the re-check at the row it concerns, in both languages.
 */
class AdjustedAfterSubmissionTest {
    private final DeclarationVersion first = DeclarationVersion.first(SampleDeclarations.valid());
    private final SelfEvaluation submitted = EvaluationFromDeclaration.generate(first, first).evaluation();
    private static final List<Integer> ROW_KEYS = List.of(1, 2, 3, 4, 5, 6);

    private static List<Finding> recheck(SelfEvaluation e, List<LaterAdjustment> later) {
        List<Finding> out = new java.util.ArrayList<>();
        new AdjustedAfterSubmission().check(CheckContext.scored(e, Schemes.builtIn().defaultScheme()).withLaterAdjustments(later), out);
        return out;
    }

    @Test
    void an_evaluation_standing_at_the_latest_version_has_no_finding() {
        DeclarationVersion second = new Adjustment("", "预算调减", null,
                List.of(IndicatorChange.delete(1))).applyTo(first);
        SelfEvaluation followed = EvaluationFromDeclaration.generate(first, second).evaluation();

        assertThat(LaterAdjustments.since(List.of(first, second), 2, ROW_KEYS)).isEmpty();
        assertThat(recheck(followed, LaterAdjustments.since(List.of(first, second), 2, ROW_KEYS))).isEmpty();
    }

    @Test
    void each_change_of_a_version_approved_after_submission_is_a_warning_at_its_row() {
        DeclarationVersion second = new Adjustment("", "预算调减", null, List.of(
                IndicatorChange.modify(0, indicator("产出指标", "数量指标", "培训人次", "≥", "6", "次")),
                IndicatorChange.delete(1),
                IndicatorChange.add(indicator("效益指标", "社会效益指标", "就业率", "≥", "60", "%")))).applyTo(first);

        List<Finding> found = recheck(submitted, LaterAdjustments.since(List.of(first, second), 1, ROW_KEYS));

        assertThat(found).extracting(Finding::key).containsExactlyInAnyOrder(
                "ADJUSTED_AFTER_SUBMISSION.modified", "ADJUSTED_AFTER_SUBMISSION.deleted", "ADJUSTED_AFTER_SUBMISSION.added");
        assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        Finding modified = found.stream().filter(f -> f.variant().equals("modified")).findFirst().orElseThrow();
        assertThat(modified.place().indicatorIndex()).isZero();
        assertThat(modified.message(Locale.CHINESE)).contains("第 2 版", "培训人次", ">=8次", ">=6次", "第 1 版");
        assertThat(modified.message(Locale.ENGLISH)).contains("Version 2", "培训人次", "version 1");
        Finding deleted = found.stream().filter(f -> f.variant().equals("deleted")).findFirst().orElseThrow();
        assertThat(deleted.place().indicatorIndex()).isEqualTo(1);
        assertThat(deleted.message(Locale.CHINESE)).contains("考试合格率");
        Finding added = found.stream().filter(f -> f.variant().equals("added")).findFirst().orElseThrow();
        assertThat(added.place().indicatorIndex()).isNegative();
        assertThat(added.message(Locale.CHINESE)).contains("就业率");
    }

    @Test
    void a_version_that_changed_only_the_goal_is_one_finding_on_the_table() {
        DeclarationVersion second = new Adjustment("完成培训 6 次", "预算调减", null, List.of()).applyTo(first);

        List<Finding> found = recheck(submitted, LaterAdjustments.since(List.of(first, second), 1, ROW_KEYS));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("ADJUSTED_AFTER_SUBMISSION.goals");
            assertThat(f.place().indicatorIndex()).isNegative();
            assertThat(f.message(Locale.ENGLISH)).contains("Version 2", "version 1");
        });
    }
}
