package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.Likelihood;

/** The monitoring report form as the browser posts it: the same fields as the API's input, bound by name. */
public class ReportForm {
    private Integer version;
    private BigDecimal executedToDate;
    private BigDecimal expected;
    private List<DeviationCause> budgetCauses = new ArrayList<>();
    private String budgetCauseText;
    private String budgetMeasures;
    private List<Row> rows = new ArrayList<>();

    /** One indicator's line of the form. */
    public static class Row {
        private BigDecimal toDate;
        private BigDecimal expected;
        private Likelihood likelihood;
        private List<DeviationCause> causes = new ArrayList<>();
        private String causeText;
        private String measures;

        public BigDecimal getToDate() {
            return toDate;
        }

        public void setToDate(BigDecimal toDate) {
            this.toDate = toDate;
        }

        public BigDecimal getExpected() {
            return expected;
        }

        public void setExpected(BigDecimal expected) {
            this.expected = expected;
        }

        public Likelihood getLikelihood() {
            return likelihood;
        }

        public void setLikelihood(Likelihood likelihood) {
            this.likelihood = likelihood;
        }

        public List<DeviationCause> getCauses() {
            return causes;
        }

        public void setCauses(List<DeviationCause> causes) {
            this.causes = causes;
        }

        public String getCauseText() {
            return causeText;
        }

        public void setCauseText(String causeText) {
            this.causeText = causeText;
        }

        public String getMeasures() {
            return measures;
        }

        public void setMeasures(String measures) {
            this.measures = measures;
        }
    }

    /** The form as the API's input, row k being indicator k. */
    MonitoringApiController.ReportInput input() {
        List<MonitoringApiController.IndicatorInput> indicators = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            if (r != null) {
                indicators.add(new MonitoringApiController.IndicatorInput(k, r.toDate, r.expected, r.likelihood,
                        r.causes, r.causeText, r.measures));
            }
        }
        return new MonitoringApiController.ReportInput(version, executedToDate, expected, indicators, budgetCauses,
                budgetCauseText, budgetMeasures);
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public BigDecimal getExecutedToDate() {
        return executedToDate;
    }

    public void setExecutedToDate(BigDecimal executedToDate) {
        this.executedToDate = executedToDate;
    }

    public BigDecimal getExpected() {
        return expected;
    }

    public void setExpected(BigDecimal expected) {
        this.expected = expected;
    }

    public List<DeviationCause> getBudgetCauses() {
        return budgetCauses;
    }

    public void setBudgetCauses(List<DeviationCause> budgetCauses) {
        this.budgetCauses = budgetCauses;
    }

    public String getBudgetCauseText() {
        return budgetCauseText;
    }

    public void setBudgetCauseText(String budgetCauseText) {
        this.budgetCauseText = budgetCauseText;
    }

    public String getBudgetMeasures() {
        return budgetMeasures;
    }

    public void setBudgetMeasures(String budgetMeasures) {
        this.budgetMeasures = budgetMeasures;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
