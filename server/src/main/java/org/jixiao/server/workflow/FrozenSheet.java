package org.jixiao.server.workflow;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The score sheet as it was when the evaluation was submitted, with the scheme and version it was scored under. */
public record FrozenSheet(String schemeId, String schemeVersion, OffsetDateTime at, BigDecimal budgetScore,
                          BigDecimal total, String grade, List<Row> rows) {

    /** One indicator's frozen score. */
    public record Row(BigDecimal weight, BigDecimal score, String basis, String explanationZh, String explanationEn) {
        public String explanation(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? explanationEn : explanationZh;
        }
    }
}
