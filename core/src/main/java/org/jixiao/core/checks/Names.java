package org.jixiao.core.checks;

import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Text;

/** What an indicator's name says about what it measures. Matching is on {@link Text#key}, so spacing never matters. */
final class Names {

    /**
     * Budget execution measured again: 预算执行率, 资金支付率, 资金执行率, 年度省级财政补助资金完成率, 支出进度. A
     * 目标完成率 or 项目执行率 measures work, not money, and does not match.
     */
    private static final Pattern EXECUTION_RATE =
            Pattern.compile("(资金|预算|经费|支出|拨款)(执行|完成|支付|使用)(率|进度)|(支出|执行|支付)进度");

    private Names() {
    }

    static boolean namesExecutionRate(String name) {
        return EXECUTION_RATE.matcher(Text.key(name)).find();
    }

    /** 资金到位率: allocated funds against the budget. */
    static boolean namesFundsArrival(String name) {
        return Text.key(name).contains("到位率");
    }

    static boolean containsAny(String text, List<String> words) {
        String k = Text.key(text);
        for (String w : words) {
            if (k.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The operator the target is scored by: the printed one, or for a sign-less target the one its name suggests. */
    static Operator effectiveOperator(Indicator i, Scheme scheme) {
        Operator op = i.target().operator();
        if (op != Operator.NONE) {
            return op;
        }
        return containsAny(i.name(), scheme.reverseNameHints()) ? Operator.LE : Operator.GE;
    }

    /** 时效指标 and the like, by the printed 二级 label. */
    static boolean isTimeliness(Indicator i) {
        return i.level2() != null && Text.key(i.level2()).contains("时效");
    }
}
