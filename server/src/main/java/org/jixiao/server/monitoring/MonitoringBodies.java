package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.Likelihood;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a unit reports in a monitoring report, as the JSON of {@code monitoring_report.body}: the budget's figures and
 * causes, and per indicator (by its index in the approved version) its figures, likelihood, causes and measures. The
 * targets are not stored here: they are the approved version's.
 */
@Component
class MonitoringBodies {
    record Entry(int index, BigDecimal toDate, BigDecimal expected, Likelihood likelihood, Set<DeviationCause> causes,
                 String causeText, String measures) {
    }

    record Body(BigDecimal executedToDate, BigDecimal expected, Set<DeviationCause> budgetCauses, String budgetCauseText,
                String budgetMeasures, List<Entry> indicators) {
        Body {
            budgetCauses = budgetCauses == null ? Set.of() : Set.copyOf(budgetCauses);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        static final Body EMPTY = new Body(null, null, Set.of(), "", "", List.of());
    }

    private final JsonMapper json;

    MonitoringBodies(JsonMapper json) {
        this.json = json;
    }

    String write(Body body) {
        return json.writeValueAsString(body);
    }

    Body read(String text) {
        return json.readValue(text, Body.class);
    }
}
