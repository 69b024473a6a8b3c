package org.jixiao.core.scoring.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;

/**
 * One table scored under several schemes (what-if re-scoring): each scheme's total and grade, and the rows whose
 * scores differ, with each scheme's score and explanation. Computed, never stored.
 *
 * @param results     per scheme, in the order asked for
 * @param differences the rows (the execution row first, then indicators in printed order) scored differently by
 *                    some scheme
 */
public record SchemeComparison(List<Result> results, List<Difference> differences) {

    /** The row name the execution row is listed under. */
    public static final String EXECUTION_ROW = "预算执行率";

    public SchemeComparison {
        results = List.copyOf(results);
        differences = List.copyOf(differences);
    }

    /** @param scheme the scheme; @param sheet the table's score sheet under it */
    public record Result(Scheme scheme, ScoreSheet sheet) {
        public BigDecimal total() {
            return sheet.total();
        }

        /** null where the scheme publishes no grade bands */
        public String grade() {
            return sheet.grade();
        }
    }

    /** @param indicator the row's 三级 name (or {@link #EXECUTION_ROW}); @param line its source line */
    public record Difference(String indicator, int line, List<RowScore> scores) {
        public Difference {
            scores = List.copyOf(scores);
        }
    }

    /** @param score null where the row does not count under the scheme */
    public record RowScore(String scheme, BigDecimal score, Explanation explanation) {
    }

    /** Scores the table under each scheme, with the scorers {@code schemes} keeps. */
    public static SchemeComparison of(SelfEvaluation evaluation, List<Scheme> compared, Schemes schemes) {
        List<Result> results = new ArrayList<>(compared.size());
        for (Scheme s : compared) {
            results.add(new Result(s, schemes.scorer(s).score(evaluation)));
        }
        List<Difference> differences = new ArrayList<>();
        List<RowScore> execution = new ArrayList<>(results.size());
        for (Result r : results) {
            BudgetScore b = r.sheet().budget();
            execution.add(new RowScore(r.scheme().id(), b == null ? null : b.score(), b == null ? null : b.explanation()));
        }
        if (differ(execution)) {
            differences.add(new Difference(EXECUTION_ROW, evaluation.funding().totalRow() == null ? 0 : evaluation.funding().totalRow().line(), execution));
        }
        for (int k = 0; k < evaluation.indicators().size(); k++) {
            List<RowScore> row = new ArrayList<>(results.size());
            for (Result r : results) {
                IndicatorScore s = r.sheet().indicators().get(k);
                row.add(new RowScore(r.scheme().id(), s.score(), s.explanation()));
            }
            if (differ(row)) {
                differences.add(new Difference(evaluation.indicators().get(k).name(), evaluation.indicators().get(k).line(), row));
            }
        }
        return new SchemeComparison(results, differences);
    }

    /** True when the totals or the grades differ between any two schemes. */
    public boolean totalsDiffer() {
        for (Result r : results) {
            if (!same(r.total(), results.get(0).total()) || !java.util.Objects.equals(r.grade(), results.get(0).grade())) {
                return true;
            }
        }
        return false;
    }

    private static boolean differ(List<RowScore> row) {
        for (RowScore s : row) {
            if (!same(s.score(), row.get(0).score())) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
