package org.jixiao.server.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.IndicatorChange;

/**
 * The adjustment form: the version in force, each indicator kept, modified (its new values typed beside it) or
 * deleted, new indicators below, the adjusted annual goal, 调整说明 and the amount asked for.
 */
public class AdjustmentForm {
    private int version;
    private String goals;
    private String explanation;
    private String amount;
    private List<ChangeRow> rows = new ArrayList<>();
    private List<DeclarationForm.Row> added = new ArrayList<>();

    /** One indicator of the version in force: KEEP, MODIFY (with the row's new values) or DELETE. */
    public static class ChangeRow extends DeclarationForm.Row {
        private String change = "KEEP";

        public String getChange() { return change; }
        public void setChange(String v) { change = v; }
    }

    /** The form over the version in force, or over what a draft or returned adjustment asks. */
    static AdjustmentForm of(Declaration inForce, Adjustment asked, int version) {
        AdjustmentForm f = new AdjustmentForm();
        f.version = version;
        for (var i : inForce.indicators()) {
            ChangeRow r = new ChangeRow();
            copy(DeclarationForm.Row.of(DeclarationMapping.toInput(i)), r);
            f.rows.add(r);
        }
        if (asked != null) {
            f.goals = asked.goals();
            f.explanation = asked.explanation();
            f.amount = asked.amount() == null ? null : asked.amount().toPlainString();
            for (IndicatorChange c : asked.changes()) {
                if (c.kind() == IndicatorChange.Kind.ADD) {
                    f.added.add(DeclarationForm.Row.of(DeclarationMapping.toInput(c.indicator())));
                } else if (c.indicatorIndex() < f.rows.size()) {
                    ChangeRow r = f.rows.get(c.indicatorIndex());
                    r.change = c.kind().name();
                    if (c.indicator() != null) {
                        copy(DeclarationForm.Row.of(DeclarationMapping.toInput(c.indicator())), r);
                    }
                }
            }
        }
        while (f.added.size() < 2) {
            f.added.add(new DeclarationForm.Row());
        }
        return f;
    }

    /** The form as the API's input: a change per row not kept, an ADD per new row filled in. */
    AdjustmentInput toInput(Map<String, String> numberErrors) {
        List<AdjustmentInput.ChangeInput> changes = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            ChangeRow r = rows.get(k);
            if (r == null || r.change == null || "KEEP".equals(r.change)) {
                continue;
            }
            DeclarationInput.IndicatorInput i = "DELETE".equals(r.change) ? null : input(r, "rows[" + k + "].", numberErrors);
            changes.add(new AdjustmentInput.ChangeInput(r.change, k, i));
        }
        for (int k = 0; k < added.size(); k++) {
            DeclarationForm.Row r = added.get(k);
            if (r != null && !r.isBlank() && !(blank(r.getName()) && blank(r.getTarget()))) {
                changes.add(new AdjustmentInput.ChangeInput("ADD", null, input(r, "added[" + k + "].", numberErrors)));
            }
        }
        return new AdjustmentInput(goals, explanation, DeclarationForm.number(amount, "amount", numberErrors), changes, version);
    }

    private static DeclarationInput.IndicatorInput input(DeclarationForm.Row r, String prefix, Map<String, String> errors) {
        return new DeclarationInput.IndicatorInput(r.getLevel1(), r.getLevel2(), r.getName(), r.getOperator(), r.getTarget(),
                r.getUnit(), DeclarationForm.number(r.getWeight(), prefix + "weight", errors), r.getStandard(),
                r.getExplanation());
    }

    private static void copy(DeclarationForm.Row from, DeclarationForm.Row to) {
        to.setLevel1(from.getLevel1());
        to.setLevel2(from.getLevel2());
        to.setName(from.getName());
        to.setOperator(from.getOperator());
        to.setTarget(from.getTarget());
        to.setUnit(from.getUnit());
        to.setWeight(from.getWeight());
        to.setStandard(from.getStandard());
        to.setExplanation(from.getExplanation());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
    public String getGoals() { return goals; }
    public void setGoals(String v) { goals = v; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String v) { explanation = v; }
    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = v; }
    public List<ChangeRow> getRows() { return rows; }
    public void setRows(List<ChangeRow> v) { rows = v; }
    public List<DeclarationForm.Row> getAdded() { return added; }
    public void setAdded(List<DeclarationForm.Row> v) { added = v; }
}
