package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A light with the progress behind it.
 *
 * @param progressPct the progress in percent, exact to 10 places; null for a qualitative indicator's light
 * @param light       the light
 * @param explanation how it was reached
 */
public record Progress(BigDecimal progressPct, Light light, LightExplanation explanation) {

    /** The progress as shown: HALF_UP to 2 decimals (42.86). */
    public BigDecimal shownPct() {
        return progressPct == null ? null : progressPct.setScale(2, RoundingMode.HALF_UP);
    }
}
