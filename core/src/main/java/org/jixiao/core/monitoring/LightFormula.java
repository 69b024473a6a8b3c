package org.jixiao.core.monitoring;

/** The ways a light is reached; each names a template of lights.properties / lights_en.properties. */
public enum LightFormula {
    AT_LEAST_CUMULATIVE,
    AT_LEAST_LEVEL,
    AT_MOST_WITHIN_CUMULATIVE,
    AT_MOST_OVER_CUMULATIVE,
    AT_MOST_WITHIN_LEVEL,
    AT_MOST_OVER_LEVEL,
    ZERO_TARGET,
    QUALITATIVE,
    BUDGET_RATIO,
    BUDGET_CUTOFF_BELOW,
    BUDGET_CUTOFF_MET,
    BUDGET_NO_CUTOFF_YET
}
