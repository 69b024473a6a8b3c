package org.jixiao.core.scoring;

import java.math.BigDecimal;

/**
 * What a table stands at: the re-checked total and its grade once finance has re-checked it (复核), the
 * self-evaluation's before.
 *
 * @param grade the grade of {@code total} under the scheme's bands, or null where the scheme has none
 */
public record FinalResult(BigDecimal total, String grade, Source source) {

    /** Whose figures the result is. */
    public enum Source {
        /** The finance re-check's. */
        RECHECK,
        /** The self-evaluation's, as scored. */
        SELF
    }

    public boolean isRechecked() {
        return source == Source.RECHECK;
    }
}
