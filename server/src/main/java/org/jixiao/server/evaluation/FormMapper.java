package org.jixiao.server.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.SubItem;
import org.jixiao.core.evaluation.Target;
import org.jixiao.server.evaluation.EvaluationForm.FundingRowForm;
import org.jixiao.server.evaluation.EvaluationForm.IndicatorForm;

/** Between the form (what people type) and the core's {@link SelfEvaluation} (what gets scored and kept). */
public final class FormMapper {
    private FormMapper() {
    }

    public static EvaluationForm toForm(StoredEvaluation stored) {
        SelfEvaluation e = stored.form();
        EvaluationForm f = new EvaluationForm();
        f.setVersion(stored.version());
        f.setSchemeId(stored.schemeId());
        f.setProject(e.header().project());
        f.setDepartment(e.header().department());
        f.setUnit(e.header().unit());
        f.setYear(e.header().year());
        f.setCurrencyUnit(e.header().amountUnit());
        f.setFundingWeight(e.funding().weight());
        List<FundingRowForm> rows = new ArrayList<>();
        for (FundingRow r : e.funding().rows()) {
            FundingRowForm rf = new FundingRowForm();
            rf.setKind(r.kind());
            rf.setLabel(r.label());
            rf.setInitial(r.initial());
            rf.setAnnual(r.annual());
            rf.setExecuted(r.executed());
            rows.add(rf);
        }
        f.setFundingRows(rows);
        if ("suzhou".equals(e.layout()) || e.funding().use() != null) {
            f.setBudgetUse(BudgetUseForm.of(e.funding().use()));
            f.setSubItems(new ArrayList<>(e.funding().subItems().stream().map(SubItemForm::of).toList()));
        }
        f.setGoalsDeclared(e.goals().declared());
        f.setGoalsAchieved(e.goals().achieved());
        f.setNotes(e.notes());
        List<IndicatorForm> indicators = new ArrayList<>();
        for (Indicator i : e.indicators()) {
            indicators.add(toForm(i));
        }
        f.setIndicators(indicators);
        return f;
    }

    static IndicatorForm toForm(Indicator i) {
        IndicatorForm f = new IndicatorForm();
        f.setLevel1(i.level1());
        f.setLevel2(i.level2());
        f.setName(i.name());
        Target t = i.target();
        f.setOperator(t.isQuantitative() ? t.operator() : Operator.QUALITATIVE);
        f.setTargetValue(t.value());
        f.setTargetUnit(t.unit());
        f.setTargetText(t.isQuantitative() ? "" : t.text());
        f.setActualStatus(i.actual().status());
        f.setActual(i.actual().text());
        f.setActualReason(i.actual().reason());
        f.setWeight(i.weight());
        f.setScore(i.reportedScore());
        f.setDeviationReason(i.deviationReason());
        return f;
    }

    /** The form's figures over {@code base}, which keeps what the form does not show (layout, Suzhou blocks …). */
    public static SelfEvaluation toEvaluation(EvaluationForm f, SelfEvaluation base) {
        Header bh = base == null ? null : base.header();
        Header header = new Header(strip(f.getProject()), strip(f.getDepartment()), blankToNull(f.getUnit()), f.getYear(),
                f.getCurrencyUnit(), bh == null ? null : bh.preparedBy(), bh == null ? null : bh.disclosureNo(),
                bh == null ? Header.Kind.PROJECT : bh.kind());
        List<FundingRow> rows = new ArrayList<>();
        for (FundingRowForm r : f.getFundingRows()) {
            if (r == null || r.getKind() == null) {
                continue;
            }
            String label = r.getLabel() == null || r.getLabel().isBlank() ? r.getKind().label() : r.getLabel().strip();
            rows.add(new FundingRow(r.getKind(), label, r.getInitial(), r.getAnnual(), r.getExecuted(), null, 0));
        }
        Funding bf = base == null ? Funding.none() : base.funding();
        BudgetUse use = f.getBudgetUse() == null ? bf.use() : f.getBudgetUse().toBudgetUse();
        List<SubItem> subItems = f.getSubItems() == null ? bf.subItems()
                : f.getSubItems().stream().filter(java.util.Objects::nonNull).map(SubItemForm::toSubItem).toList();
        Funding funding = new Funding(rows, f.getFundingWeight(), bf.reportedRatePct(), bf.reportedScore(), use,
                subItems, bf.subItemTotal());
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorForm i : f.getIndicators()) {
            if (i != null) {
                indicators.add(toIndicator(i));
            }
        }
        return new SelfEvaluation(header, funding, new Goals(f.getGoalsDeclared(), f.getGoalsAchieved()), indicators,
                base == null ? null : base.reportedIndicatorWeightSum(), base == null ? null : base.reportedIndicatorScoreSum(),
                base == null ? null : base.reportedMaxTotal(), base == null ? null : base.reportedTotal(),
                base == null ? null : base.reportedGrade(), f.getNotes(), base == null ? "national" : base.layout(), 0);
    }

    static Indicator toIndicator(IndicatorForm i) {
        Operator op = i.getOperator() == null ? Operator.GE : i.getOperator();
        Target target;
        if (op == Operator.QUALITATIVE || i.getTargetValue() == null) {
            target = new Target(Operator.QUALITATIVE, null, "", i.getTargetText());
        } else {
            target = Target.quantitative(op, i.getTargetValue(), i.getTargetUnit());
        }
        ActualStatus status = i.getActualStatus() == null ? ActualStatus.REPORTED : i.getActualStatus();
        Actual actual = Actual.of(status, status == ActualStatus.NOT_REPORTED && blank(i.getActual())
                ? "无" : i.getActual(), i.getActualReason());
        return new Indicator(i.getLevel1(), i.getLevel2(), i.getName(), target, actual, i.getWeight(), i.getScore(),
                i.getDeviationReason(), 0);
    }

    /** A blank national form: the four funding rows and one row per first-level class. */
    public static EvaluationForm blank(String department, String unit, Integer year, String schemeId) {
        EvaluationForm f = new EvaluationForm();
        f.setDepartment(department);
        f.setUnit(unit);
        f.setYear(year);
        f.setSchemeId(schemeId);
        f.setFundingWeight(BigDecimal.TEN);
        List<FundingRowForm> rows = new ArrayList<>();
        for (FundingRow.Kind k : List.of(FundingRow.Kind.TOTAL, FundingRow.Kind.CURRENT_FISCAL, FundingRow.Kind.CARRIED_OVER,
                FundingRow.Kind.OTHER)) {
            FundingRowForm r = new FundingRowForm();
            r.setKind(k);
            r.setLabel(k.label());
            rows.add(r);
        }
        f.setFundingRows(rows);
        return f;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
