package org.jixiao.core.scoring;

/**
 * The formulas a score can come from. Each names a message template (explanations.properties) whose arguments
 * are the {@link Explanation}'s values in order.
 */
public enum Formula {
    EXECUTION_PROPORTIONAL,
    EXECUTION_FULL,
    EXECUTION_NO_BUDGET,
    MET,
    PROPORTIONAL,
    REVERSE_LINEAR,
    REVERSE_RATIO,
    ZERO_TARGET_MET,
    ZERO_TARGET_MISSED,
    BAND_FULL,
    BAND_BELOW,
    BAND_ABOVE,
    QUALITATIVE_KEPT,
    QUALITATIVE_WORD,
    QUALITATIVE_PERCENT,
    KEPT_NOT_NUMERIC,
    KEPT_RESTATES_TARGET,
    KEPT_NO_TARGET,
    KEPT_NO_ACTUAL,
    BLANK_ACTUAL,
    KEPT_NO_WEIGHT,
    KEPT_NO_RULE,
    NOT_REPORTED,
    EXCLUDED,
    DEDUCTION_WITHIN,
    DEDUCTION_PER_POINT,
    CHECKLIST,
    CHECKLIST_UNSET,
    WEIGHTED_CONVERSION,
    TOTAL_RESCALED,
    TOTAL_SCALED_GROUPS,
    TOTAL_NESTED;

    public String key() {
        return name();
    }
}
