package org.jixiao.core.declaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Messages;

/**
 * The self-evaluation made from the latest approved version of a declaration (lifecycle §3): header, the funding
 * lines with the approved amounts as 年初预算数 (全年预算数 and 全年执行数 to be filled), 年度目标 as 预期目标, and every
 * indicator with its levels, target and weight — the columns the unit may not change. Each indicator an approved
 * adjustment deleted is there too, excluded, so the table shows what was dropped and when. Where an adjustment
 * changed a target, the original (年初) one is given beside it.
 */
public final class EvaluationFromDeclaration {

    /** What generating gives: the evaluation, and per row whose target an adjustment changed, the original target. */
    public record Generated(SelfEvaluation evaluation, int version, List<TargetChange> targetChanges) {
        public Generated {
            targetChanges = List.copyOf(targetChanges);
        }
    }

    /** Row {@code indicatorIndex} of the evaluation: declared with {@code original}, adjusted to {@code adjusted}. */
    public record TargetChange(int indicatorIndex, Target original, Target adjusted) {
    }

    private EvaluationFromDeclaration() {
    }

    /**
     * @param first  version 1, the approved declaration (for the original targets)
     * @param latest the latest approved version (version 1 itself where there was no adjustment)
     */
    public static Generated generate(DeclarationVersion first, DeclarationVersion latest) {
        Map<Integer, Target> originalTargets = new HashMap<>();
        first.declaration().indicators().forEach(i -> originalTargets.put(i.key(), i.target()));
        Declaration d = latest.declaration();

        List<DeclaredIndicator> declared = new ArrayList<>(d.indicators());
        List<Indicator> rows = new ArrayList<>();
        d.indicators().forEach(i -> rows.add(i.asIndicator(Actual.reported(""))));
        for (DeclarationVersion.Removed r : latest.removed()) {
            int at = placeOf(r.indicator(), declared);
            declared.add(at, r.indicator());
            rows.add(at, r.indicator().asIndicator(Actual.excluded(
                    Messages.CORE.both("adjustment.removed", r.fromVersion()))));
        }
        List<TargetChange> changes = new ArrayList<>();
        for (int n = 0; n < declared.size(); n++) {
            Target original = originalTargets.get(declared.get(n).key());
            if (rows.get(n).actual().status().counts() && original != null && !original.equals(declared.get(n).target())) {
                changes.add(new TargetChange(n, original, declared.get(n).target()));
            }
        }
        DeclarationHeader h = d.header();
        Header header = new Header(h.project(), h.department(), h.unit(), h.year(), h.currencyUnit(), "", "",
                Header.Kind.PROJECT);
        return new Generated(new SelfEvaluation(header, funding(d.annualFunding()), new Goals(d.goals().annual(), ""),
                rows, null, null, null, null, null, "", "national", 0), latest.number(), changes);
    }

    /**
     * Where a deleted indicator stands: after the last row of its own class (一级 and 二级) declared before it, so an
     * excluded 质量指标 stays among the 质量指标; where its class has no row declared before it, after the last row
     * declared before it, which is where it was printed.
     */
    private static int placeOf(DeclaredIndicator removed, List<DeclaredIndicator> rows) {
        int sameClassBefore = -1;
        int anyBefore = -1;
        for (int n = 0; n < rows.size(); n++) {
            DeclaredIndicator row = rows.get(n);
            if (row.key() < removed.key()) {
                anyBefore = n;
                if (java.util.Objects.equals(row.level2(), removed.level2()) && row.level1().equals(removed.level1())) {
                    sameClassBefore = n;
                }
            }
        }
        return (sameClassBefore >= 0 ? sameClassBefore : anyBefore) + 1;
    }

    private static Funding funding(DeclaredFunding f) {
        List<FundingRow> rows = new ArrayList<>();
        rows.add(new FundingRow(FundingRow.Kind.TOTAL, FundingRow.Kind.TOTAL.label(), f.total(), null, null, null, 0));
        if (f.fiscal() != null) {
            rows.add(new FundingRow(FundingRow.Kind.CURRENT_FISCAL, FundingRow.Kind.CURRENT_FISCAL.label(), f.fiscal(),
                    null, null, null, 0));
        }
        if (f.other() != null) {
            rows.add(new FundingRow(FundingRow.Kind.OTHER, FundingRow.Kind.OTHER.label(), f.other(), null, null, null, 0));
        }
        return new Funding(rows, null, null, null, null, List.of(), null);
    }
}
