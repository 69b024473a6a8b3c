package org.jixiao.core.scoring.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Many tables compared under the same schemes, summed up: per scheme the mean total and how many tables earn each
 * grade; against the first scheme, how many tables would change grade and the mean shift of the total. The means
 * are rounded HALF_UP to 2 decimals, once.
 */
public final class ComparisonSummary {
    private final List<String> schemes;
    private final List<BigDecimal> sums;
    private final List<Map<String, Integer>> grades;
    private final List<Integer> gradeChanges;
    private int tables;

    public ComparisonSummary(List<String> schemeIds) {
        this.schemes = List.copyOf(schemeIds);
        this.sums = new ArrayList<>();
        this.grades = new ArrayList<>();
        this.gradeChanges = new ArrayList<>();
        for (int k = 0; k < schemes.size(); k++) {
            sums.add(BigDecimal.ZERO);
            grades.add(new LinkedHashMap<>());
            gradeChanges.add(0);
        }
    }

    public void add(SchemeComparison c) {
        tables++;
        String firstGrade = c.results().get(0).grade();
        for (int k = 0; k < schemes.size(); k++) {
            SchemeComparison.Result r = c.results().get(k);
            sums.set(k, sums.get(k).add(r.total()));
            grades.get(k).merge(r.grade() == null ? "—" : r.grade(), 1, Integer::sum);
            // a scheme that publishes no grade bands gives no grade: that is no change of grade, only none to compare
            if (r.grade() != null && firstGrade != null && !Objects.equals(r.grade(), firstGrade)) {
                gradeChanges.set(k, gradeChanges.get(k) + 1);
            }
        }
    }

    public int tables() {
        return tables;
    }

    public List<String> schemes() {
        return schemes;
    }

    /** The mean total under the k-th scheme; null before any table. */
    public BigDecimal meanTotal(int k) {
        return tables == 0 ? null : sums.get(k).divide(BigDecimal.valueOf(tables), 2, RoundingMode.HALF_UP);
    }

    /** The mean of (total under the k-th scheme − total under the first), from the exact sums. */
    public BigDecimal meanShift(int k) {
        return tables == 0 ? null : sums.get(k).subtract(sums.get(0)).divide(BigDecimal.valueOf(tables), 2, RoundingMode.HALF_UP);
    }

    /** How many tables earn each grade under the k-th scheme ("—" where it gives none), in the order first seen. */
    public Map<String, Integer> grades(int k) {
        return java.util.Collections.unmodifiableMap(grades.get(k));
    }

    /** How many tables would get another grade under the k-th scheme than under the first (both giving one). */
    public int gradeChanges(int k) {
        return gradeChanges.get(k);
    }
}
