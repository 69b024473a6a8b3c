package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.text.Text;

/**
 * A target in words that cannot be measured: made only of words such as 提高, 完善, 有效, 健全, 及时, with no date,
 * number or object to check against. The test is what is left once those words and the connecting words and verbs
 * around them are taken out: "提高", "有效运用", "建立健全", "健全且有效" leave nothing and are vague; "及时，12月底前完成"
 * leaves a deadline, "风险高的及时提示并跟进处理" an action to verify, and stay quiet.
 *
 * <p>Judgement calls: "有效运用" / "有效利用" fire (using something "effectively" names no measure); "完整",
 * "规范", "稳定" are not in the list — a report is complete or not, a system stable or not. 决策 and 过程 rows are
 * skipped: they are the common indicators of a published framework (Suzhou's 共性指标), worded by the finance
 * bureau, not targets the unit set.
 */
public final class VagueTarget implements Check {
    public static final String CODE = "VAGUE_TARGET";

    /** Words that say "better" without saying by how much or by when. */
    static final List<String> VAGUE_WORDS = List.of(
            "进一步", "提高", "提升", "完善", "有效", "健全", "及时", "加强", "改善", "增强", "优化", "明显", "显著");

    /** Words that carry no measure of their own once the vague words are gone. */
    private static final List<String> FILLER = List.of(
            "建立", "运用", "利用", "得到", "有所", "更加", "不断", "持续", "逐步", "的", "并", "且", "和", "与", "及", "得");

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            Category c = i.category();
            if (i.target().isQuantitative() || c == Category.DECISION || c == Category.PROCESS) {
                continue;
            }
            String target = i.target().text();
            if (isVague(target)) {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), target));
            }
        }
    }

    /** Whether a target in words names nothing to measure (a declaration's check asks the same). */
    public static boolean isVague(String target) {
        String rest = Text.key(target);
        if (rest.isEmpty()) {
            return false; // a missing target is another finding
        }
        boolean hadVagueWord = false;
        for (String w : VAGUE_WORDS) {
            if (rest.contains(w)) {
                hadVagueWord = true;
                rest = rest.replace(w, "");
            }
        }
        if (!hadVagueWord) {
            return false;
        }
        for (String w : FILLER) {
            rest = rest.replace(w, "");
        }
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
