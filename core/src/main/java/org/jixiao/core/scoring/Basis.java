package org.jixiao.core.scoring;

/** Where a score the table counts comes from. */
public enum Basis {
    /** Recomputed by the scheme's rules from target, actual and weight. */
    RECOMPUTED,
    /** The printed score, kept because the inputs cannot be scored by rule (qualitative rows, unreadable actuals). */
    KEPT_REPORTED,
    /** Not counted: the actual was not reported or was excluded. */
    NOT_COUNTED
}
