package org.jixiao.server.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.assessment.AssessedTable;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.server.common.FindingJson;

/** An evaluation as the API shows it: the form as kept, each figure's score and explanation, the findings. */
public record EvaluationJson(long id, long organisationId, String organisation, String status, int version, String schemeId,
                             String project, String department, String unit, Integer year, String currencyUnit,
                             Funding funding, String goalsDeclared, String goalsAchieved, List<IndicatorJson> indicators,
                             String notes, Score score, @JsonProperty("final") Final finalResult,
                             List<FindingJson> findings, OffsetDateTime updatedAt, Long declarationId,
                             Integer declarationVersion) {

    /**
     * What the table stands at: the re-checked total and its grade once finance has re-checked it ({@code RECHECK}),
     * the self-evaluation's before ({@code SELF}).
     */
    public record Final(BigDecimal total, String grade, String source) {
    }

    public record Funding(BigDecimal weight, List<FundingRowJson> rows, BigDecimal ratePct, BigDecimal score, String explanation) {
    }

    public record FundingRowJson(String kind, String label, BigDecimal initial, BigDecimal annual, BigDecimal executed) {
    }

    public record IndicatorJson(int index, String level1, String level2, String name, String operator, BigDecimal targetValue,
                                String targetUnit, String targetText, String actualStatus, String actual, String actualReason,
                                BigDecimal weight, BigDecimal score, String basis, String explanation, String deviationReason,
                                BigDecimal originalTarget, String originalTargetText, BigDecimal reportedScore,
                                String rule) {
    }

    /** The sums, total and grade as jixiao computes them; {@code totalExplanation} where the total is not a plain sum. */
    public record Score(BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum, BigDecimal total, String grade,
                        String schemeVersion, BigDecimal maxTotal, String totalExplanation) {

        public static Score of(AssessedTable a) {
            AssessedTable.Totals t = a.totals();
            return new Score(t.indicatorWeightSum(), t.indicatorScoreSum(), t.total(), t.grade(), a.schemeVersion(),
                    t.maxTotal(), t.totalExplanation());
        }
    }

    public static EvaluationJson of(StoredEvaluation e, Scored scored, FinalResult result, Locale locale) {
        return of(e, scored, result, null, locale);
    }

    /**
     * @param origin the declaration the evaluation was made from, null where none: its id and version, and beside
     *               each target an adjustment changed the original (年初) one
     */
    public static EvaluationJson of(StoredEvaluation e, Scored scored, FinalResult result, EvaluationOrigins.Origin origin,
                                    Locale locale) {
        SelfEvaluation f = e.form();
        AssessedTable a = scored.assessed(locale);
        List<FundingRowJson> rows = new ArrayList<>();
        for (FundingRow r : f.funding().rows()) {
            rows.add(new FundingRowJson(r.kind().name(), r.label(), r.initial(), r.annual(), r.executed()));
        }
        AssessedTable.Budget b = a.budget();
        Funding funding = new Funding(b.reportedWeight(), rows, b.ratePct(), b.score(), b.explanation());
        List<IndicatorJson> indicators = new ArrayList<>();
        for (AssessedTable.Row row : a.indicators()) {
            Indicator i = row.indicator();
            var original = origin == null ? null : origin.originalTarget(row.index());
            indicators.add(new IndicatorJson(row.index(), i.level1(), i.level2(), i.name(), i.target().operator().name(),
                    i.target().value(), i.target().unit(), i.target().text(), row.status().name(), i.actual().text(),
                    i.actual().reason(), row.weight(), row.score(), row.basis().name(), row.explanation(),
                    i.deviationReason(), original == null ? null : original.value(), original == null ? null : original.text(),
                    row.reportedScore(), row.rule()));
        }
        List<FindingJson> findings = a.findings().stream().map(FindingJson::of).toList();
        return new EvaluationJson(e.id(), e.organisationId(), e.organisationName(), e.status().name(), e.version(),
                e.schemeId(), f.header().project(), f.header().department(), f.header().unit(), f.header().year(),
                f.header().currencyUnit() == null ? null : f.header().currencyUnit().name(), funding, f.goals().declared(),
                f.goals().achieved(), indicators, f.notes(),
                Score.of(a),
                new Final(result.total(), result.grade(), result.source().name()), findings, e.updatedAt(),
                origin == null ? null : origin.declarationId(), origin == null ? null : origin.declarationVersion());
    }
}
