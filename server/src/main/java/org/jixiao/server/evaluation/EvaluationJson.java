package org.jixiao.server.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
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
                                BigDecimal originalTarget, String originalTargetText) {
    }

    public record Score(BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum, BigDecimal total, String grade,
                        String schemeVersion) {
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
        ScoreSheet s = scored.sheet();
        List<FundingRowJson> rows = new ArrayList<>();
        for (FundingRow r : f.funding().rows()) {
            rows.add(new FundingRowJson(r.kind().name(), r.label(), r.initial(), r.annual(), r.executed()));
        }
        var b = s.budget();
        Funding funding = new Funding(f.funding().weight(), rows, b == null ? null : b.ratePct(), b == null ? null : b.score(),
                b == null ? null : b.explanation().render(locale));
        List<IndicatorJson> indicators = new ArrayList<>();
        for (int k = 0; k < f.indicators().size(); k++) {
            Indicator i = f.indicators().get(k);
            IndicatorScore is = s.indicators().get(k);
            var original = origin == null ? null : origin.originalTarget(k);
            indicators.add(new IndicatorJson(k, i.level1(), i.level2(), i.name(), i.target().operator().name(),
                    i.target().value(), i.target().unit(), i.target().text(), i.actual().status().name(), i.actual().text(),
                    i.actual().reason(), is.weight(), is.score(), is.basis().name(), is.explanation().render(locale),
                    i.deviationReason(), original == null ? null : original.value(), original == null ? null : original.text()));
        }
        List<FindingJson> findings = new ArrayList<>();
        for (Finding x : scored.findings()) {
            findings.add(FindingJson.of(x, locale));
        }
        return new EvaluationJson(e.id(), e.organisationId(), e.organisationName(), e.status().name(), e.version(),
                e.schemeId(), f.header().project(), f.header().department(), f.header().unit(), f.header().year(),
                f.header().currencyUnit() == null ? null : f.header().currencyUnit().name(), funding, f.goals().declared(),
                f.goals().achieved(), indicators, f.notes(),
                new Score(s.indicatorWeightSum(), s.indicatorScoreSum(), s.total(), s.grade(), s.schemeVersion()),
                new Final(result.total(), result.grade(), result.source().name()), findings, e.updatedAt(),
                origin == null ? null : origin.declarationId(), origin == null ? null : origin.declarationVersion());
    }
}
