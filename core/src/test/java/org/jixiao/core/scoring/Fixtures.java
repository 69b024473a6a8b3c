package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;

/** Builds the figures of the examples as the tables print them. */
final class Fixtures {
    static final Locale ZH = Locale.CHINESE;
    static final Locale EN = Locale.ENGLISH;

    static final Scheme NATIONAL = Schemes.builtIn().get("national-2020");
    static final Scheme SUZHOU = Schemes.builtIn().get("suzhou-2023");

    private Fixtures() {
    }

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** The Hebei 2019 scheme, added as a file (src/test/resources/schemes/hebei-2019.json). */
    static Path hebeiFile() {
        try {
            return Path.of(Fixtures.class.getResource("/schemes/hebei-2019.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scheme hebei() {
        return Schemes.withFiles(List.of(hebeiFile())).get("hebei-2019");
    }

    /** A row of the national form: 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分. */
    static Indicator row(String level1, String level2, String name, String op, String target, String unit,
                         String actual, String weight, String reportedScore) {
        return new Indicator(level1, level2, name, Target.of(op, target, unit), Actual.reported(actual), d(weight),
                d(reportedScore), "", 0);
    }

    static Indicator output(String name, String op, String target, String unit, String actual, String weight) {
        return row("产出指标", "数量指标", name, op, target, unit, actual, weight, null);
    }

    static Indicator benefit(String name, String op, String target, String unit, String actual, String weight) {
        return row("效益指标", "社会效益", name, op, target, unit, actual, weight, null);
    }

    static Indicator satisfaction(String name, String op, String target, String unit, String actual, String weight) {
        return row("满意度指标", "服务对象满意度", name, op, target, unit, actual, weight, null);
    }

    /** A row whose actual was not reported: 实际完成值 无, no weight, no score, the reason in the last column. */
    static Indicator notReported(String level1, String level2, String name, String op, String target, String unit, String reason) {
        return new Indicator(level1, level2, name, Target.of(op, target, unit), Actual.notReported("无", reason), null, null,
                reason, 0);
    }

    /** A Suzhou row: 一级 only, the target in one cell (">=3个", "稳定"). */
    static Indicator suzhou(String level1, String name, String targetCell, String actual, String weight) {
        return new Indicator(level1, null, name, Target.parse(targetCell), Actual.reported(actual), d(weight), null, "", 0);
    }

    static Funding funding(String initial, String annual, String executed, String weight) {
        FundingRow total = new FundingRow(FundingRow.Kind.TOTAL, "年度资金总额", d(initial), d(annual), d(executed), null, 0);
        return new Funding(List.of(total), d(weight), null, null, null, List.of(), null);
    }

    static SelfEvaluation evaluation(Funding funding, List<Indicator> indicators) {
        Header header = new Header("测试项目", "测试主管部门", "测试实施单位", 2023, CurrencyUnit.WAN_YUAN, null, null,
                Header.Kind.PROJECT);
        return new SelfEvaluation(header, funding, null, indicators, null, null, null, null, null, null, "national", 0);
    }

    static String zh(Explanation e) {
        return e.render(ZH);
    }

    static String en(Explanation e) {
        return e.render(EN);
    }

    /** The same scheme with another formula for missed ceilings. */
    static Scheme withReverseFormula(Scheme s, Scheme.ReverseFormula formula) {
        return new Scheme(s.id() + "-" + formula.name().toLowerCase(Locale.ROOT), s.version(), s.name(), s.layouts(),
                s.maxTotal(), s.scale(), s.rounding(), s.budgetExecution(), s.categoryWeights(), s.indicatorWeightTotal(),
                s.rules(), formula, s.overAchievementRatio(), s.completionBands(), s.qualitativeTiers(),
                s.qualitativeWords(), s.equalShare(), s.gradeBands(), s.reverseNameHints(), s.executionIndicatorScored());
    }
}
