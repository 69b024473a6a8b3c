package org.jixiao.core.declaration;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Target;

/**
 * One 三级指标 of a declaration: its place in the tree (the self-evaluation's levels), the target, and what the
 * declaration adds to it.
 *
 * @param key         the indicator's identity across the versions of one declaration: an adjustment that modifies it
 *                    keeps the key, one that adds an indicator gives it a new one (0 where not yet versioned)
 * @param level1      一级指标 as printed
 * @param level2      二级指标 as printed
 * @param name        三级指标
 * @param target      指标性质, 指标值 and 度量单位
 * @param weight      权重, null where none is declared (the scheme's defaults apply at evaluation)
 * @param standard    评（扣）分标准, "" when none
 * @param explanation 指标解释, "" when none
 */
public record DeclaredIndicator(int key, String level1, String level2, String name, Target target, BigDecimal weight,
                                String standard, String explanation) {

    public DeclaredIndicator {
        // the self-evaluation's indicator normalises the labels and the target the same way
        Indicator asRow = new Indicator(level1, level2, name, target, null, weight, null, "", 0);
        level1 = asRow.level1();
        level2 = asRow.level2();
        name = asRow.name();
        target = asRow.target();
        standard = standard == null ? "" : standard.strip();
        explanation = explanation == null ? "" : explanation.strip();
    }

    /** The row of a self-evaluation this indicator becomes: target and weight copied, the actual to be filled. */
    public Indicator asIndicator(Actual actual) {
        return new Indicator(level1, level2, name, target, actual, weight, null, "", 0);
    }

    public Category category() {
        return asIndicator(null).category();
    }

    public DeclaredIndicator withKey(int newKey) {
        return new DeclaredIndicator(newKey, level1, level2, name, target, weight, standard, explanation);
    }
}
