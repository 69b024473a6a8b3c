package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables counted by the size of their gap, in points. The bins are fixed, not fitted to the data, so two
 * departments' histograms can be read side by side: under 1 point is rounding, 10 and over is a different table.
 */
final class GapHistogram {
    private static final List<BigDecimal> UPPER = List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(5),
            BigDecimal.TEN);
    /** Every summary of every request asks for these: made once. */
    private static final List<String> LABELS = labels();

    private GapHistogram() {
    }

    /** An empty histogram: "0–1", "1–2", "2–5", "5–10", "≥10", each 0. */
    static Map<String, Integer> empty() {
        Map<String, Integer> bins = new LinkedHashMap<>();
        LABELS.forEach(label -> bins.put(label, 0));
        return bins;
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (BigDecimal upper : UPPER) {
            labels.add(lower.toPlainString() + "–" + upper.toPlainString());
            lower = upper;
        }
        labels.add("≥" + lower.toPlainString());
        return List.copyOf(labels);
    }

    /** The number of a gap's bin (0 for "0–1" …) as SQL over a column; NULL where the gap is. */
    static String sqlBin(String column) {
        StringBuilder sql = new StringBuilder("CASE WHEN ").append(column).append(" IS NULL THEN NULL");
        for (int k = 0; k < UPPER.size(); k++) {
            sql.append(" WHEN ").append(column).append(" < ").append(UPPER.get(k).toPlainString()).append(" THEN ").append(k);
        }
        return sql.append(" ELSE ").append(UPPER.size()).append(" END").toString();
    }

    /** The label of bin number {@code k}, as {@link #empty()} names it. */
    static String label(int k) {
        return LABELS.get(k);
    }
}
