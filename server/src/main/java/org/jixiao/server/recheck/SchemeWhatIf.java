package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.compare.ComparisonSummary;
import org.jixiao.core.scoring.compare.SchemeComparison;
import org.jixiao.server.evaluation.EvaluationRepository;
import org.jixiao.server.evaluation.EvaluationScoring;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.springframework.stereotype.Service;

/**
 * What another scheme would change for the tables of a department or region (复核): each table under its own scheme
 * and under the second one, the grades that would change and the mean shift of the totals. Computed by the core on
 * request from the stored forms, nothing stored. Scope and refusals are the 复核 list's own.
 */
@Service
public class SchemeWhatIf {
    private final RecheckService recheck;
    private final EvaluationRepository evaluations;
    private final EvaluationScoring scoring;

    SchemeWhatIf(RecheckService recheck, EvaluationRepository evaluations, EvaluationScoring scoring) {
        this.recheck = recheck;
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    /** One table under its own scheme and the second. */
    public record Row(long id, String project, String ownScheme, BigDecimal ownTotal, String ownGrade,
                      BigDecimal otherTotal, String otherGrade, int rowsDiffering) {
        public boolean gradeChanges() {
            return ownGrade != null && otherGrade != null && !Objects.equals(ownGrade, otherGrade);
        }
    }

    /**
     * @param meanOwn   mean total under the tables' own schemes; null without tables
     * @param meanOther mean total under the second scheme
     * @param meanShift mean of (second − own)
     */
    public record Result(Organisation organisation, Integer year, List<Integer> years, Scheme other, List<Row> rows,
                         BigDecimal meanOwn, BigDecimal meanOther, BigDecimal meanShift, int gradeChanges) {
    }

    /** The caller's tables of {@code org} and {@code year} (submitted ones, or drafts too) under their own scheme and another. */
    public Result compare(Long org, Integer year, String schemeId, Boolean drafts, CurrentUser user) {
        RecheckQuery query = new RecheckQuery(org, year, null, null, null, 0, RecheckQuery.MAX_SIZE, drafts);
        RecheckResult listed = recheck.list(query, user);
        RecheckService.Ranked ranked = recheck.ranked(query.withOrg(listed.organisation().id()), user);
        Scheme other = scoring.scheme(schemeId);
        Schemes schemes = Schemes.builtIn();
        ComparisonSummary summary = new ComparisonSummary(List.of("own", other.id()));
        List<Row> rows = new ArrayList<>();
        for (RecheckRow r : ranked.rows()) {
            StoredEvaluation e = evaluations.findById(r.id(), user.scope()).orElse(null);
            if (e == null) {
                continue;
            }
            Scheme own = scoring.scheme(e.schemeId());
            SchemeComparison c = SchemeComparison.of(e.form(), List.of(own, other), schemes);
            summary.add(c);
            rows.add(new Row(e.id(), r.project(), own.id(), c.results().get(0).total(), c.results().get(0).grade(),
                    c.results().get(1).total(), c.results().get(1).grade(), c.differences().size()));
        }
        return new Result(listed.organisation(), year, listed.years(), other, rows, summary.meanTotal(0), summary.meanTotal(1),
                summary.meanShift(1), summary.gradeChanges(1));
    }

    public List<Scheme> schemes() {
        return scoring.schemes();
    }

    public List<Organisation> choices(CurrentUser user) {
        return recheck.choices(user);
    }
}
