package org.jixiao.bench.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.checks.RecheckFigures;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
import org.postgresql.copy.CopyManager;

/**
 * An evaluation as the server's tables hold it (columns of migrations V1, V11 and V54): the evaluation row, its funding rows
 * and indicators, its 复核 figures and finding codes, and — once it was submitted — the frozen score sheet and the
 * workflow steps that brought it where it is.
 */
final class EvaluationRows {
    /** The people the workflow steps name. */
    record Actors(long filler, long deptReviewer, long financeReviewer) {
    }

    private final CopyRows evaluations = new CopyRows("evaluation", """
            id, organisation_id, budget_year, project, department, unit, currency_unit, prepared_by, disclosure_no, kind,
            layout, scheme_id, funding_weight, funding_rate_pct, funding_reported_score, goals_declared, goals_achieved, notes,
            reported_weight_sum, reported_score_sum, reported_max_total, reported_total, reported_grade, score_total,
            score_grade, status, submitted_by, submitted_at, frozen_scheme_id, frozen_scheme_version, frozen_at,
            frozen_budget_score, frozen_total, frozen_grade, source, created_by, created_at, updated_at, version""");
    private final CopyRows funding = new CopyRows("funding_row",
            "evaluation_id, position, kind, label, initial_amount, annual_amount, executed_amount, rate_pct");
    private final CopyRows indicators = new CopyRows("indicator", """
            evaluation_id, position, level1, level2, name, operator, target_value, target_unit, target_text, actual_status,
            actual_text, actual_reason, weight, reported_score, deviation_reason, row_key""");
    private final CopyRows frozen = new CopyRows("frozen_score",
            "evaluation_id, position, weight, score, basis, explanation_zh, explanation_en");
    private final CopyRows steps = new CopyRows("workflow_step",
            "evaluation_id, action, from_status, to_status, actor_id, actor_name, acted_at, opinion");
    private final CopyRows figures = new CopyRows("evaluation_recheck", """
            evaluation_id, revision, self_total, recomputed_total, rechecked_total, gap, grade, errors, warnings, notices, unmet,
            budget_yuan, executed_yuan, rate_pct""");
    private final CopyRows findings = new CopyRows("evaluation_finding", "evaluation_id, code, severity, findings");
    private final Actors actors;

    EvaluationRows(Actors actors) {
        this.actors = actors;
    }

    void add(long id, OrgTree.Org unit, SelfEvaluation e, ScoreSheet sheet, RecheckFigures f, String revision,
             String status, OffsetDateTime created, OffsetDateTime updated) {
        Header h = e.header();
        boolean submitted = !status.equals("DRAFT");
        OffsetDateTime submittedAt = submitted ? created.plusDays(3) : null;
        evaluations.add(id, unit.id(), h.year(), h.project(), h.department(), h.unit(), h.currencyUnit(), h.preparedBy(),
                h.disclosureNo(), h.kind(), e.layout(), sheet.schemeId(), e.funding().weight(), e.funding().reportedRatePct(),
                e.funding().reportedScore(), e.goals().declared(), e.goals().achieved(), e.notes(),
                e.reportedIndicatorWeightSum(), e.reportedIndicatorScoreSum(), e.reportedMaxTotal(), e.reportedTotal(),
                e.reportedGrade(), sheet.total(), sheet.grade(), status, submitted ? actors.filler() : null, submittedAt,
                submitted ? sheet.schemeId() : null, submitted ? sheet.schemeVersion() : null, submittedAt,
                submitted && sheet.budget() != null ? sheet.budget().score() : null, submitted ? sheet.total() : null,
                submitted ? sheet.grade() : null, "bench", actors.filler(), created, updated, submitted ? 1 : 0);
        List<FundingRow> rows = e.funding().rows();
        for (int k = 0; k < rows.size(); k++) {
            FundingRow r = rows.get(k);
            funding.add(id, k, r.kind(), r.label(), r.initial(), r.annual(), r.executed(), r.ratePct());
        }
        List<Indicator> list = e.indicators();
        for (int k = 0; k < list.size(); k++) {
            Indicator i = list.get(k);
            indicators.add(id, k, i.level1(), i.level2(), i.name(), i.target().operator(), i.target().value(),
                    i.target().unit(), i.target().text(), i.actual().status(), i.actual().text(), i.actual().reason(),
                    i.weight(), i.reportedScore(), i.deviationReason(), k);
        }
        figures.add(id, revision, f.selfTotal(), f.recomputedTotal(), f.recheckedTotal(), f.gap(), f.grade(),
                f.count(Severity.ERROR), f.count(Severity.WARNING), f.count(Severity.NOTICE), f.unmet(), f.budgetYuan(),
                f.executedYuan(), f.ratePct());
        f.findingCounts().forEach((k, n) -> findings.add(id, k.code(), k.severity(), n));
        if (submitted) {
            List<IndicatorScore> scores = sheet.indicators();
            for (int k = 0; k < scores.size(); k++) {
                IndicatorScore s = scores.get(k);
                frozen.add(id, k, s.weight(), s.score(), s.basis(), s.explanation().render(Locale.SIMPLIFIED_CHINESE),
                        s.explanation().render(Locale.ENGLISH));
            }
            addSteps(id, status, submittedAt);
        }
    }

    /** The steps from draft to {@code status}, a few days apart. */
    private void addSteps(long id, String status, OffsetDateTime at) {
        steps.add(id, "SUBMIT", "DRAFT", "SUBMITTED", actors.filler(), "填报人", at, null);
        if (status.equals("RETURNED")) {
            steps.add(id, "DEPT_RETURN", "SUBMITTED", "RETURNED", actors.deptReviewer(), "主管部门审核人", at.plusDays(2),
                    "请补充偏差原因");
            return;
        }
        if (status.equals("SUBMITTED")) {
            return;
        }
        steps.add(id, "DEPT_APPROVE", "SUBMITTED", "DEPT_APPROVED", actors.deptReviewer(), "主管部门审核人", at.plusDays(2), null);
        if (status.equals("DEPT_APPROVED")) {
            return;
        }
        steps.add(id, "FINANCE_APPROVE", "DEPT_APPROVED", "FINANCE_APPROVED", actors.financeReviewer(), "财政复核人",
                at.plusDays(5), null);
        if (status.equals("PUBLISHED")) {
            steps.add(id, "PUBLISH", "FINANCE_APPROVED", "PUBLISHED", actors.financeReviewer(), "财政复核人", at.plusDays(9), null);
        }
    }

    long indicatorCount() {
        return indicators.rows();
    }

    /** Sends what was added since the last flush, parents before children so the foreign keys hold. */
    void flush(CopyManager copy) throws SQLException, IOException {
        evaluations.flush(copy);
        funding.flush(copy);
        indicators.flush(copy);
        frozen.flush(copy);
        steps.flush(copy);
        figures.flush(copy);
        findings.flush(copy);
    }
}
