package org.jixiao.core.assessment;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;

/**
 * The figures jixiao computes, written where the printed form has them: each recomputed score, the execution rate and
 * score, the sums, the total and the grade. What a save of a form jixiao fills stores, so that the form, its exports
 * and its re-check speak of the same figures; a published table keeps its own.
 */
final class ComputedFigures {
    private ComputedFigures() {
    }

    static SelfEvaluation writtenInto(SelfEvaluation e, ScoreSheet sheet) {
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < e.indicators().size(); k++) {
            Indicator i = e.indicators().get(k);
            IndicatorScore s = sheet.indicators().get(k);
            indicators.add(s.isRecomputed() ? i.withReportedScore(s.score()) : i);
        }
        Funding f = e.funding();
        BudgetScore b = sheet.budget();
        Funding funding = b == null || !b.recomputed() ? f
                : new Funding(f.rows(), f.weight(), b.ratePct(), b.score(), f.use(), f.subItems(), f.subItemTotal());
        return new SelfEvaluation(e.header(), funding, e.goals(), indicators, sheet.indicatorWeightSum(),
                sheet.indicatorScoreSum(), sheet.maxTotal(), sheet.total(), sheet.grade(), e.notes(), e.layout(), e.line());
    }
}
