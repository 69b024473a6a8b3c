package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;

/**
 * Weights are optional at declaration and required once a self-evaluation is made from it (lifecycle §1): where the
 * declaration gives none, the scheme's first-level weights (national: 产出 50, 效益 30, 满意度 10) are shared by the
 * leaves that count, each share rounded HALF_UP to 2 decimals and the last leaf of a class taking what makes the
 * class's sum exact. A declaration that gives weights keeps them; an excluded row carries none.
 */
final class DefaultWeights {
    private DefaultWeights() {
    }

    static SelfEvaluation fill(SelfEvaluation e, Scheme scheme, boolean declaredAny) {
        List<Indicator> rows = new ArrayList<>(e.indicators());
        if (declaredAny) {
            return e;
        }
        Map<Category, BigDecimal> weights = scheme.categoryWeights();
        for (Map.Entry<Category, BigDecimal> w : weights.entrySet()) {
            List<Integer> leaves = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                if (rows.get(k).actual().status().counts() && rows.get(k).category() == w.getKey()) {
                    leaves.add(k);
                }
            }
            if (leaves.isEmpty()) {
                continue;
            }
            BigDecimal share = w.getValue().divide(BigDecimal.valueOf(leaves.size()), 2, RoundingMode.HALF_UP);
            BigDecimal given = BigDecimal.ZERO;
            for (int n = 0; n < leaves.size(); n++) {
                BigDecimal weight = n == leaves.size() - 1 ? w.getValue().subtract(given) : share;
                given = given.add(weight);
                rows.set(leaves.get(n), rows.get(leaves.get(n)).withWeight(weight));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            if (!rows.get(k).actual().status().counts()) {
                rows.set(k, rows.get(k).withWeight(null));
            }
        }
        return e.withIndicators(rows);
    }
}
