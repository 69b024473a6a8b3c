package org.jixiao.core.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.core.text.Messages;
import org.jixiao.core.text.Text;

/**
 * 绩效目标调整: what a unit asks to change in its approved goals during the year. Approved, it turns one version of
 * the goals into the next ({@link #applyTo}).
 *
 * @param goals       the adjusted 年度目标, "" to keep the version's
 * @param explanation 调整说明
 * @param amount      the annual amount asked for (the adjusted 年度资金总额, the change falling on 财政拨款), null to
 *                    keep the version's
 * @param changes     per indicator: 新增, 修改 or 删除, each naming an indicator of the version it adjusts
 */
public record Adjustment(String goals, String explanation, BigDecimal amount, List<IndicatorChange> changes) {

    public Adjustment {
        goals = goals == null ? "" : goals.strip();
        explanation = explanation == null ? "" : explanation.strip();
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * The next version: the changes applied to {@code version}'s indicators (a modified one keeps its place and its
     * key, an added one comes last with a new key, a deleted one moves to the version's removed indicators with
     * this version's number), the goals and amount where given. Refuses an index outside the version and two
     * changes of one indicator, naming the change.
     */
    public DeclarationVersion applyTo(DeclarationVersion version) {
        List<DeclaredIndicator> current = version.declaration().indicators();
        List<DeclaredIndicator> next = new ArrayList<>(current);
        List<DeclarationVersion.Removed> removed = new ArrayList<>(version.removed());
        Set<Integer> touched = new HashSet<>();
        int nextKey = version.nextKey();
        for (int n = 0; n < changes.size(); n++) {
            IndicatorChange c = changes.get(n);
            if (c.kind() == IndicatorChange.Kind.ADD) {
                next.add(c.indicator().withKey(nextKey++));
                continue;
            }
            int i = c.indicatorIndex();
            if (i < 0 || i >= current.size()) {
                throw new IllegalArgumentException(Messages.CORE.both("adjustment.no_indicator", n + 1, i + 1, current.size(), i));
            }
            if (!touched.add(i)) {
                throw new IllegalArgumentException(Messages.CORE.both("adjustment.changed_twice", n + 1, i + 1, i));
            }
            DeclaredIndicator old = current.get(i);
            if (c.kind() == IndicatorChange.Kind.MODIFY) {
                next.set(i, c.indicator().withKey(old.key()));
            } else {
                next.set(i, null);
                removed.add(new DeclarationVersion.Removed(old, version.number() + 1));
            }
        }
        next.removeIf(java.util.Objects::isNull);
        Declaration d = version.declaration().withIndicators(next);
        if (!Text.isBlank(goals)) {
            d = d.withGoals(d.goals().withAnnual(goals));
        }
        if (amount != null) {
            d = d.withAnnualFunding(adjusted(d.annualFunding()));
        }
        return new DeclarationVersion(version.number() + 1, d, removed, nextKey);
    }

    /**
     * The 年度资金 after the adjustment: 资金总额 the amount asked for, the change falling on 财政拨款 — a budget
     * adjustment moves the fiscal allocation; 其他资金 (the unit's own and other sources) stays — so the parts still add
     * up (lifecycle §2). Where 财政拨款 is not given, only the total changes. Refuses a negative amount and one below
     * 其他资金, which would leave a negative allocation.
     */
    private DeclaredFunding adjusted(DeclaredFunding f) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(Messages.CORE.both("adjustment.amount_negative", amount.toPlainString()));
        }
        BigDecimal fiscal = f.fiscal();
        if (fiscal != null) {
            BigDecimal was = f.total() != null ? f.total() : f.partsSum();
            fiscal = fiscal.add(amount.subtract(was));
            if (fiscal.signum() < 0) {
                throw new IllegalArgumentException(Messages.CORE.both("adjustment.amount_below_other",
                        amount.toPlainString(), f.other() == null ? "0" : f.other().toPlainString()));
            }
        }
        return new DeclaredFunding(amount, fiscal, f.other());
    }
}
