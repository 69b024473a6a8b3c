package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.List;

/** Grades a total by a scheme's bands. */
public final class Grade {
    private Grade() {
    }

    /** The grade of {@code total} (优 / 良 / 中 / 差 …), or null when the scheme publishes no bands. */
    public static String of(BigDecimal total, Scheme scheme) {
        if (!scheme.hasGradeBands() || total == null) {
            return null;
        }
        List<Scheme.GradeBand> bands = scheme.gradeBands();
        for (Scheme.GradeBand band : bands) {
            if (total.compareTo(band.min()) >= 0) {
                return band.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }
}
