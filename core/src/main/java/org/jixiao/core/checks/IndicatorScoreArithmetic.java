package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * An indicator the scheme's rules could score (basis RECOMPUTED) whose printed 得分 is not what the rules give. Rows
 * whose printed score had to be kept (qualitative, unreadable actuals) are left to the other checks.
 */
public final class IndicatorScoreArithmetic implements Check {
    public static final String CODE = "ARITHMETIC_INDICATOR_SCORE";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            IndicatorScore s = ctx.score(k);
            if (!s.isRecomputed() || s.reportedScore() == null || s.score() == null) {
                continue;
            }
            String name = ctx.indicators().get(k).name();
            switch (Printed.compare(s.reportedScore(), s.score(), ctx.scheme().rounding())) {
                case DIFFERENT -> out.add(Finding.of(CODE, Severity.ERROR, ctx.placeOf(k),
                        name, s.reportedScore(), s.score(), s.explanation()));
                case ROUNDED -> out.add(Finding.of(CODE, "rounded", Severity.NOTICE, ctx.placeOf(k),
                        name, s.reportedScore(), s.score(), ctx.scheme().scale()));
                case SAME -> {
                }
            }
        }
    }
}
