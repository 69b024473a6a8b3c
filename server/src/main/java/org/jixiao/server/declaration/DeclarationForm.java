package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.core.declaration.Declaration;

/**
 * The declaration form as the browser posts it (the printed 绩效目标申报表: header, 年度 and 中期 funding, goals, the
 * indicator grid). Amounts and weights stay text until {@link #toInput} reads them, so a slip is shown beside its
 * field as typed.
 */
public class DeclarationForm {
    private Long organisationId;
    private int version;
    private String year;
    private String project;
    private String projectCode;
    private String attribute;
    private String currencyUnit;
    private String firstYear;
    private String lastYear;
    private String manager;
    private String phone;
    private Money funding = new Money();
    private Money midtermFunding = new Money();
    private String goalsAnnual;
    private String goalsMidterm;
    private List<Row> indicators = new ArrayList<>();

    /** 资金总额 / 财政拨款 / 其他资金 as typed. */
    public static class Money {
        private String total;
        private String fiscal;
        private String other;

        public String getTotal() { return total; }
        public void setTotal(String v) { total = v; }
        public String getFiscal() { return fiscal; }
        public void setFiscal(String v) { fiscal = v; }
        public String getOther() { return other; }
        public void setOther(String v) { other = v; }
    }

    /** One indicator row as typed. */
    public static class Row {
        private String level1;
        private String level2;
        private String name;
        private String operator;
        private String target;
        private String unit;
        private String weight;
        private String standard;
        private String explanation;

        public String getLevel1() { return level1; }
        public void setLevel1(String v) { level1 = v; }
        public String getLevel2() { return level2; }
        public void setLevel2(String v) { level2 = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getOperator() { return operator; }
        public void setOperator(String v) { operator = v; }
        public String getTarget() { return target; }
        public void setTarget(String v) { target = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getWeight() { return weight; }
        public void setWeight(String v) { weight = v; }
        public String getStandard() { return standard; }
        public void setStandard(String v) { standard = v; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String v) { explanation = v; }

        static Row of(DeclarationInput.IndicatorInput i) {
            Row r = new Row();
            r.level1 = i.level1();
            r.level2 = i.level2();
            r.name = i.name();
            r.operator = i.operator();
            r.target = i.target();
            r.unit = i.unit();
            r.weight = i.weight() == null ? null : i.weight().toPlainString();
            r.standard = i.standard();
            r.explanation = i.explanation();
            return r;
        }

        public boolean isBlank() {
            return blank(level1) && blank(level2) && blank(name) && blank(target) && blank(unit) && blank(weight)
                    && blank(standard) && blank(explanation);
        }
    }

    /** The form showing a stored declaration. */
    static DeclarationForm of(Declaration d, long organisationId, int version) {
        DeclarationInput in = DeclarationMapping.toInput(d, organisationId);
        DeclarationForm f = new DeclarationForm();
        f.organisationId = organisationId;
        f.version = version;
        f.year = in.year() == null ? null : String.valueOf(in.year());
        f.project = in.project();
        f.projectCode = in.projectCode();
        f.attribute = in.attribute();
        f.currencyUnit = in.currencyUnit();
        f.firstYear = in.firstYear() == null ? null : String.valueOf(in.firstYear());
        f.lastYear = in.lastYear() == null ? null : String.valueOf(in.lastYear());
        f.manager = in.manager();
        f.phone = in.phone();
        f.funding = money(in.funding());
        f.midtermFunding = money(in.midtermFunding());
        f.goalsAnnual = in.goals().annual();
        f.goalsMidterm = in.goals().midterm();
        in.indicators().forEach(i -> f.indicators.add(Row.of(i)));
        return f;
    }

    /** A blank form: one row of each class the checks ask for. */
    static DeclarationForm blank(Long organisationId, int year) {
        DeclarationForm f = new DeclarationForm();
        f.organisationId = organisationId;
        f.year = String.valueOf(year);
        f.currencyUnit = "万元";
        for (String[] levels : new String[][] {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"},
                {"产出指标", "成本指标"}, {"效益指标", "社会效益指标"}, {"满意度指标", "服务对象满意度指标"}}) {
            Row r = new Row();
            r.level1 = levels[0];
            r.level2 = levels[1];
            r.operator = ">=";
            f.indicators.add(r);
        }
        return f;
    }

    /**
     * The form read as the API's input: numbers parsed (a slip is a field error, the field left empty), blank rows
     * dropped from the end.
     */
    DeclarationInput toInput(Map<String, String> numberErrors) {
        List<DeclarationInput.IndicatorInput> rows = new ArrayList<>();
        int last = indicators.size() - 1;
        while (last >= 0 && (indicators.get(last) == null || indicators.get(last).isBlank())) {
            last--;
        }
        for (int k = 0; k <= last; k++) {
            Row r = indicators.get(k) == null ? new Row() : indicators.get(k);
            rows.add(new DeclarationInput.IndicatorInput(r.level1, r.level2, r.name, r.operator, r.target, r.unit,
                    number(r.weight, "indicators[" + k + "].weight", numberErrors), r.standard, r.explanation));
        }
        return new DeclarationInput(organisationId, integer(year, "year", numberErrors), project, projectCode, attribute,
                null, null, currencyUnit, integer(firstYear, "firstYear", numberErrors),
                integer(lastYear, "lastYear", numberErrors), manager, phone, money(funding, "funding", numberErrors),
                money(midtermFunding, "midtermFunding", numberErrors),
                new DeclarationInput.Goals(goalsAnnual, goalsMidterm), rows);
    }

    /** 添加指标 (after row {@code at}, or at the end), 删除, 上移, 下移: "add", "add:3", "remove:2", "up:1", "down:0". */
    void applyRowAction(String action) {
        if (action == null) {
            return;
        }
        String[] parts = action.split(":", 2);
        int k = -1;
        if (parts.length == 2) {
            try {
                k = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                return;
            }
        }
        switch (parts[0]) {
            case "add" -> {
                Row r = new Row();
                Row near = k >= 0 && k < indicators.size() ? indicators.get(k) : indicators.isEmpty() ? null
                        : indicators.get(indicators.size() - 1);
                if (near != null) {
                    r.level1 = near.level1;
                    r.level2 = near.level2;
                }
                r.operator = ">=";
                if (indicators.size() < DeclarationMapping.MAX_INDICATORS) {
                    indicators.add(k >= 0 && k < indicators.size() ? k + 1 : indicators.size(), r);
                }
            }
            case "remove" -> {
                if (k >= 0 && k < indicators.size()) {
                    indicators.remove(k);
                }
            }
            case "up" -> {
                if (k > 0 && k < indicators.size()) {
                    indicators.add(k - 1, indicators.remove(k));
                }
            }
            case "down" -> {
                if (k >= 0 && k < indicators.size() - 1) {
                    indicators.add(k + 1, indicators.remove(k));
                }
            }
            default -> {
            }
        }
    }

    private static Money money(DeclarationInput.Funding f) {
        Money m = new Money();
        if (f != null) {
            m.total = plain(f.total());
            m.fiscal = plain(f.fiscal());
            m.other = plain(f.other());
        }
        return m;
    }

    private static DeclarationInput.Funding money(Money m, String field, Map<String, String> errors) {
        if (m == null || blank(m.total) && blank(m.fiscal) && blank(m.other)) {
            return null;
        }
        return new DeclarationInput.Funding(number(m.total, field + ".total", errors),
                number(m.fiscal, field + ".fiscal", errors), number(m.other, field + ".other", errors));
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    static BigDecimal number(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "typeMismatch.java.math.BigDecimal");
            return null;
        }
    }

    private static Integer integer(String text, String field, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "typeMismatch.java.lang.Integer");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long v) { organisationId = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
    public String getProject() { return project; }
    public void setProject(String v) { project = v; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String v) { projectCode = v; }
    public String getAttribute() { return attribute; }
    public void setAttribute(String v) { attribute = v; }
    public String getCurrencyUnit() { return currencyUnit; }
    public void setCurrencyUnit(String v) { currencyUnit = v; }
    public String getFirstYear() { return firstYear; }
    public void setFirstYear(String v) { firstYear = v; }
    public String getLastYear() { return lastYear; }
    public void setLastYear(String v) { lastYear = v; }
    public String getManager() { return manager; }
    public void setManager(String v) { manager = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public Money getFunding() { return funding; }
    public void setFunding(Money v) { funding = v; }
    public Money getMidtermFunding() { return midtermFunding; }
    public void setMidtermFunding(Money v) { midtermFunding = v; }
    public String getGoalsAnnual() { return goalsAnnual; }
    public void setGoalsAnnual(String v) { goalsAnnual = v; }
    public String getGoalsMidterm() { return goalsMidterm; }
    public void setGoalsMidterm(String v) { goalsMidterm = v; }
    public List<Row> getIndicators() { return indicators; }
    public void setIndicators(List<Row> v) { indicators = v; }
}
