package org.jixiao.core.evaluation;

/** Whether an indicator's actual counts. */
public enum ActualStatus {
    /** The unit reported an actual (which may still be unreadable as a number). */
    REPORTED,
    /** The unit reported none, and must say why (Yunnan 公开14表 writes 无 with a reason). */
    NOT_REPORTED,
    /** Taken out of the evaluation by an approved mid-year adjustment (目标调整). */
    EXCLUDED;

    public boolean counts() {
        return this == REPORTED;
    }
}
