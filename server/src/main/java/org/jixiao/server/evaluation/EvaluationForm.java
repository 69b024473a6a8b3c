package org.jixiao.server.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Operator;

/**
 * What the form (and the API) sends: the header, the funding block, the goals and the indicator table. Every text
 * is capped, every number typed and bounded; the messages are keys of messages.properties.
 */
public class EvaluationForm {
    private int version;
    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.tooLong}")
    private String project;
    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String department;
    @Size(max = 200, message = "{validation.tooLong}")
    private String unit;
    @Min(value = 2000, message = "{validation.year}")
    @Max(value = 2100, message = "{validation.year}")
    private Integer year;
    @NotNull(message = "{validation.required}")
    private CurrencyUnit currencyUnit = CurrencyUnit.WAN_YUAN;
    @Size(max = 50, message = "{validation.tooLong}")
    private String schemeId;
    @Points
    private BigDecimal fundingWeight;
    @Size(max = 10, message = "{validation.tooManyRows}")
    private List<@Valid FundingRowForm> fundingRows = new ArrayList<>();
    /** The Suzhou layout's budget use; null where the form does not show it (the stored one is kept). */
    @Valid
    private BudgetUseForm budgetUse;
    /** The Suzhou layout's sub-items; null where the form does not show them (the stored ones are kept). */
    @Size(max = 50, message = "{validation.tooManyRows}")
    private List<@Valid SubItemForm> subItems;
    @Size(max = 20000, message = "{validation.tooLong}")
    private String goalsDeclared = "";
    @Size(max = 20000, message = "{validation.tooLong}")
    private String goalsAchieved = "";
    @Size(max = 20000, message = "{validation.tooLong}")
    private String notes = "";
    @Size(max = 200, message = "{validation.tooManyRows}")
    private List<@Valid IndicatorForm> indicators = new ArrayList<>();

    /** A row of the funding block. */
    public static class FundingRowForm {
        @NotNull(message = "{validation.required}")
        private FundingRow.Kind kind;
        @Size(max = 100, message = "{validation.tooLong}")
        private String label;
        @Amount
        private BigDecimal initial;
        @Amount
        private BigDecimal annual;
        @Amount
        private BigDecimal executed;

        public FundingRow.Kind getKind() { return kind; }
        public void setKind(FundingRow.Kind kind) { this.kind = kind; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public BigDecimal getInitial() { return initial; }
        public void setInitial(BigDecimal initial) { this.initial = initial; }
        public BigDecimal getAnnual() { return annual; }
        public void setAnnual(BigDecimal annual) { this.annual = annual; }
        public BigDecimal getExecuted() { return executed; }
        public void setExecuted(BigDecimal executed) { this.executed = executed; }
    }

    /** A row of the indicator table. */
    public static class IndicatorForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.tooLong}")
        private String level1;
        @Size(max = 100, message = "{validation.tooLong}")
        private String level2;
        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.tooLong}")
        private String name;
        @NotNull(message = "{validation.required}")
        private Operator operator = Operator.GE;
        @Digits(integer = 16, fraction = 6, message = "{validation.digits}")
        private BigDecimal targetValue;
        @Size(max = 50, message = "{validation.tooLong}")
        private String targetUnit;
        @Size(max = 1000, message = "{validation.tooLong}")
        private String targetText;
        @NotNull(message = "{validation.required}")
        private ActualStatus actualStatus = ActualStatus.REPORTED;
        @Size(max = 1000, message = "{validation.tooLong}")
        private String actual;
        @Size(max = 4000, message = "{validation.tooLong}")
        private String actualReason;
        @Points
        private BigDecimal weight;
        /** The score of a qualitative row, entered by the unit within its tier. */
        @Points
        private BigDecimal score;
        @Size(max = 4000, message = "{validation.tooLong}")
        private String deviationReason;
        /** The row's identity as stored (indicator.row_key), carried through moves on the screen; null for a new row. */
        private Integer key;

        public Integer getKey() { return key; }
        public void setKey(Integer key) { this.key = key; }
        public String getLevel1() { return level1; }
        public void setLevel1(String level1) { this.level1 = level1; }
        public String getLevel2() { return level2; }
        public void setLevel2(String level2) { this.level2 = level2; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Operator getOperator() { return operator; }
        public void setOperator(Operator operator) { this.operator = operator; }
        public BigDecimal getTargetValue() { return targetValue; }
        public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
        public String getTargetUnit() { return targetUnit; }
        public void setTargetUnit(String targetUnit) { this.targetUnit = targetUnit; }
        public String getTargetText() { return targetText; }
        public void setTargetText(String targetText) { this.targetText = targetText; }
        public ActualStatus getActualStatus() { return actualStatus; }
        public void setActualStatus(ActualStatus actualStatus) { this.actualStatus = actualStatus; }
        public String getActual() { return actual; }
        public void setActual(String actual) { this.actual = actual; }
        public String getActualReason() { return actualReason; }
        public void setActualReason(String actualReason) { this.actualReason = actualReason; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal weight) { this.weight = weight; }
        public BigDecimal getScore() { return score; }
        public void setScore(BigDecimal score) { this.score = score; }
        public String getDeviationReason() { return deviationReason; }
        public void setDeviationReason(String deviationReason) { this.deviationReason = deviationReason; }

        public boolean isQualitative() {
            return operator == Operator.QUALITATIVE;
        }
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getProject() { return project; }
    public void setProject(String project) { this.project = project; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public CurrencyUnit getCurrencyUnit() { return currencyUnit; }
    public void setCurrencyUnit(CurrencyUnit currencyUnit) { this.currencyUnit = currencyUnit; }
    public String getSchemeId() { return schemeId; }
    public void setSchemeId(String schemeId) { this.schemeId = schemeId; }
    public BigDecimal getFundingWeight() { return fundingWeight; }
    public void setFundingWeight(BigDecimal fundingWeight) { this.fundingWeight = fundingWeight; }
    public List<FundingRowForm> getFundingRows() { return fundingRows; }
    public void setFundingRows(List<FundingRowForm> fundingRows) { this.fundingRows = fundingRows == null ? new ArrayList<>() : fundingRows; }
    public BudgetUseForm getBudgetUse() { return budgetUse; }
    public void setBudgetUse(BudgetUseForm budgetUse) { this.budgetUse = budgetUse; }
    public List<SubItemForm> getSubItems() { return subItems; }
    public void setSubItems(List<SubItemForm> subItems) { this.subItems = subItems; }
    public String getGoalsDeclared() { return goalsDeclared; }
    public void setGoalsDeclared(String goalsDeclared) { this.goalsDeclared = goalsDeclared; }
    public String getGoalsAchieved() { return goalsAchieved; }
    public void setGoalsAchieved(String goalsAchieved) { this.goalsAchieved = goalsAchieved; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<IndicatorForm> getIndicators() { return indicators; }

    /** Each row's identity, in the rows' order (null for rows added on the screen). */
    public List<Integer> rowKeys() {
        return indicators.stream().map(i -> i == null ? null : i.getKey()).toList();
    }

    /** Gives the rows, as read from the store, their identities. */
    public EvaluationForm withRowKeys(List<Integer> keys) {
        for (int k = 0; k < indicators.size() && k < keys.size(); k++) {
            indicators.get(k).setKey(keys.get(k));
        }
        return this;
    }
    public void setIndicators(List<IndicatorForm> indicators) { this.indicators = indicators == null ? new ArrayList<>() : indicators; }
}
