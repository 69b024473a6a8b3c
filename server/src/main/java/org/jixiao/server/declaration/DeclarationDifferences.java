package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.declaration.IndicatorChange;
import org.jixiao.server.audit.AuditTrail.Change;

/** What changed between two states of a declaration (or what an adjustment asks), value by value, for the history. */
final class DeclarationDifferences {
    private DeclarationDifferences() {
    }

    /** Every value that differs; {@code before} null for a new declaration (every value set). */
    static List<Change> between(Declaration before, Declaration after) {
        List<Change> out = new ArrayList<>();
        DeclarationHeader a = before == null ? null : before.header();
        DeclarationHeader b = after.header();
        add(out, "header.project", a == null ? null : a.project(), b.project());
        add(out, "header.projectCode", a == null ? null : a.projectCode(), b.projectCode());
        add(out, "header.department", a == null ? null : a.department(), b.department());
        add(out, "header.unit", a == null ? null : a.unit(), b.unit());
        add(out, "header.year", a == null ? null : a.year(), b.year());
        add(out, "header.currencyUnit", a == null ? null : a.currencyUnit(), b.currencyUnit());
        add(out, "header.attribute", a == null || a.attribute() == null ? null : a.attribute().label(),
                b.attribute() == null ? null : b.attribute().label());
        add(out, "header.firstYear", a == null ? null : a.firstYear(), b.firstYear());
        add(out, "header.lastYear", a == null ? null : a.lastYear(), b.lastYear());
        add(out, "header.manager", a == null ? null : a.manager(), b.manager());
        add(out, "header.phone", a == null ? null : a.phone(), b.phone());
        funding(out, "funding", before == null ? null : before.annualFunding(), after.annualFunding());
        funding(out, "midtermFunding", before == null ? null : before.midtermFunding(), after.midtermFunding());
        add(out, "goals.annual", before == null ? null : before.goals().annual(), after.goals().annual());
        add(out, "goals.midterm", before == null ? null : before.goals().midterm(), after.goals().midterm());
        List<DeclaredIndicator> was = before == null ? List.of() : before.indicators();
        List<DeclaredIndicator> is = after.indicators();
        for (int k = 0; k < Math.max(was.size(), is.size()); k++) {
            DeclaredIndicator x = k < was.size() ? was.get(k) : null;
            DeclaredIndicator y = k < is.size() ? is.get(k) : null;
            String p = "indicator[" + k + "].";
            add(out, p + "level1", x == null ? null : x.level1(), y == null ? null : y.level1());
            add(out, p + "level2", x == null ? null : x.level2(), y == null ? null : y.level2());
            add(out, p + "name", x == null ? null : x.name(), y == null ? null : y.name());
            add(out, p + "target", x == null ? null : x.target().toString(), y == null ? null : y.target().toString());
            add(out, p + "weight", x == null ? null : x.weight(), y == null ? null : y.weight());
            add(out, p + "standard", x == null ? null : x.standard(), y == null ? null : y.standard());
            add(out, p + "explanation", x == null ? null : x.explanation(), y == null ? null : y.explanation());
        }
        return out;
    }

    /** What an adjustment asks, as changes from the version it adjusts: goals, amount, each indicator changed. */
    static List<Change> asked(Adjustment adjustment, Declaration base) {
        List<Change> out = new ArrayList<>();
        if (!adjustment.goals().isEmpty()) {
            add(out, "goals.annual", base.goals().annual(), adjustment.goals());
        }
        add(out, "explanation", null, adjustment.explanation());
        if (adjustment.amount() != null) {
            add(out, "funding.total", base.annualFunding().total(), adjustment.amount());
        }
        for (IndicatorChange c : adjustment.changes()) {
            DeclaredIndicator old = c.indicatorIndex() == null || c.indicatorIndex() < 0
                    || c.indicatorIndex() >= base.indicators().size() ? null : base.indicators().get(c.indicatorIndex());
            String field = "change." + c.kind().name().toLowerCase() + (c.indicatorIndex() == null ? "" : "[" + c.indicatorIndex() + "]");
            add(out, field, old == null ? null : describe(old), c.indicator() == null ? null : describe(c.indicator()));
        }
        return out;
    }

    static String describe(DeclaredIndicator i) {
        return i.level1() + " / " + (i.level2() == null ? "" : i.level2()) + " / " + i.name() + "：" + i.target()
                + (i.weight() == null ? "" : "（" + i.weight().toPlainString() + "）");
    }

    private static void funding(List<Change> out, String field, DeclaredFunding a, DeclaredFunding b) {
        add(out, field + ".total", a == null ? null : a.total(), b.total());
        add(out, field + ".fiscal", a == null ? null : a.fiscal(), b.fiscal());
        add(out, field + ".other", a == null ? null : a.other(), b.other());
    }

    private static void add(List<Change> out, String field, Object a, Object b) {
        String x = text(a);
        String y = text(b);
        if (!Objects.equals(x, y)) {
            out.add(new Change(field, x, y));
        }
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = o instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(o);
        return s.isEmpty() ? null : s;
    }
}
