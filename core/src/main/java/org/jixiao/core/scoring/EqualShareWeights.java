package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;

/**
 * Weights shared equally (Suzhou: 55 points over every 产出, 效益 and 满意度 indicator, w = 55 / n rounded, the
 * residue on one indicator so the sum is exact). Printed weights always win: an imported table keeps its own.
 */
public final class EqualShareWeights {
    private EqualShareWeights() {
    }

    /** The weight each indicator counts with: the printed one, or its equal share where the scheme shares points. */
    public static List<BigDecimal> weightsFor(List<Indicator> indicators, Scheme scheme) {
        List<BigDecimal> printed = new ArrayList<>(indicators.size());
        boolean missing = false;
        for (Indicator i : indicators) {
            printed.add(i.weight());
            missing |= i.weight() == null && i.actual().isReported();
        }
        if (!missing || scheme.equalShare() == null) {
            return printed;
        }
        BigDecimal[] shares = shares(indicators, scheme);
        for (int k = 0; k < indicators.size(); k++) {
            if (printed.get(k) == null && indicators.get(k).actual().isReported() && shares[k] != null) {
                printed.set(k, shares[k]);
            }
        }
        return printed;
    }

    /** The equal shares, null for indicators outside the sharing categories or not reported. */
    public static BigDecimal[] shares(List<Indicator> indicators, Scheme scheme) {
        Scheme.EqualShare share = scheme.equalShare();
        BigDecimal[] result = new BigDecimal[indicators.size()];
        List<Integer> sharing = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            if (i.actual().isReported() && share.categories().contains(i.category())) {
                sharing.add(k);
            }
        }
        if (sharing.isEmpty()) {
            return result;
        }
        BigDecimal each = share.points().divide(BigDecimal.valueOf(sharing.size()), scheme.scale(), RoundingMode.HALF_UP);
        BigDecimal residue = share.points().subtract(each.multiply(BigDecimal.valueOf(sharing.size())));
        int residueAt = Math.floorMod(share.residueIndex(), sharing.size());
        for (int n = 0; n < sharing.size(); n++) {
            result[sharing.get(n)] = n == residueAt ? each.add(residue) : each;
        }
        return result;
    }
}
