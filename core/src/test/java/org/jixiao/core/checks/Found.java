package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.scoring.Scheme;

/** Small readers over findings for the assertions. */
final class Found {
    private Found() {
    }

    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    /** The findings on the indicator of that 三级 name. */
    static List<Finding> on(List<Finding> findings, String indicatorName) {
        return findings.stream().filter(f -> indicatorName.equals(f.place().indicator())).toList();
    }

    static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    static String zh(Finding f) {
        return f.message(Locale.CHINESE);
    }

    static String en(Finding f) {
        return f.message(Locale.ENGLISH);
    }

    /** The scheme with another over-achievement ratio (Guangxi uses 1.3). */
    static Scheme withOverAchievementRatio(Scheme s, String ratio) {
        return new Scheme(s.id() + "-test", s.version(), s.name(), s.layouts(), s.maxTotal(), s.scale(), s.rounding(),
                s.budgetExecution(), s.categoryWeights(), s.indicatorWeightTotal(), s.rules(), s.reverseFormula(),
                new BigDecimal(ratio), s.completionBands(), s.qualitativeTiers(), s.qualitativeWords(), s.equalShare(),
                s.gradeBands(), s.reverseNameHints(), s.executionIndicatorScored());
    }
}
