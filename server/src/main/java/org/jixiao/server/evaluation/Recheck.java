package org.jixiao.server.evaluation;

import java.math.BigDecimal;

/** The finance reviewer's re-check of one indicator (复核): the score they give, the deduction, why. */
public record Recheck(BigDecimal score, BigDecimal deduction, String note) {
    public static final Recheck NONE = new Recheck(null, null, null);

    public boolean isEmpty() {
        return score == null && deduction == null && (note == null || note.isBlank());
    }
}
