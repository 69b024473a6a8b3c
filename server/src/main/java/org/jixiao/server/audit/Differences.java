package org.jixiao.server.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;

/** Every value that differs between two versions of a form, named by its place: what the audit trail records. */
public final class Differences {
    private Differences() {
    }

    public static List<AuditTrail.Change> between(SelfEvaluation before, SelfEvaluation after) {
        Map<String, String> a = before == null ? Map.of() : values(before);
        Map<String, String> b = values(after);
        List<AuditTrail.Change> out = new ArrayList<>();
        for (Map.Entry<String, String> e : b.entrySet()) {
            String old = a.get(e.getKey());
            if (!Objects.equals(old, e.getValue()) && !(old == null && e.getValue() == null)) {
                out.add(new AuditTrail.Change(e.getKey(), old, e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!b.containsKey(e.getKey()) && e.getValue() != null) {
                out.add(new AuditTrail.Change(e.getKey(), e.getValue(), null));
            }
        }
        return out;
    }

    /** The form's values as text, keyed by place (the audit trail's field names). Empty values are left out. */
    public static Map<String, String> valuesOf(SelfEvaluation e) {
        return values(e);
    }

    static Map<String, String> values(SelfEvaluation e) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "header.project", e.header().project());
        put(v, "header.department", e.header().department());
        put(v, "header.unit", e.header().unit());
        put(v, "header.year", e.header().year());
        put(v, "header.currencyUnit", e.header().currencyUnit() == null ? null : e.header().currencyUnit().label());
        put(v, "funding.weight", e.funding().weight());
        put(v, "funding.score", e.funding().reportedScore());
        List<FundingRow> rows = e.funding().rows();
        for (int k = 0; k < rows.size(); k++) {
            FundingRow r = rows.get(k);
            String p = "funding[" + k + "].";
            put(v, p + "label", r.label());
            put(v, p + "initial", r.initial());
            put(v, p + "annual", r.annual());
            put(v, p + "executed", r.executed());
        }
        put(v, "goals.declared", e.goals().declared());
        put(v, "goals.achieved", e.goals().achieved());
        List<Indicator> is = e.indicators();
        for (int k = 0; k < is.size(); k++) {
            Indicator i = is.get(k);
            String p = "indicators[" + k + "].";
            put(v, p + "level1", i.level1());
            put(v, p + "level2", i.level2());
            put(v, p + "name", i.name());
            put(v, p + "target", i.target().toString());
            put(v, p + "actual", i.actual().isReported() ? i.actual().text() : null);
            put(v, p + "actualStatus", i.actual().status().name());
            put(v, p + "actualReason", i.actual().reason());
            put(v, p + "weight", i.weight());
            put(v, p + "score", i.reportedScore());
            put(v, p + "deviationReason", i.deviationReason());
        }
        put(v, "notes", e.notes());
        put(v, "total", e.reportedTotal());
        put(v, "grade", e.reportedGrade());
        return v;
    }

    private static void put(Map<String, String> v, String key, Object value) {
        String s;
        if (value == null) {
            return;
        } else if (value instanceof BigDecimal d) {
            s = d.stripTrailingZeros().toPlainString();
        } else {
            s = value.toString();
        }
        if (!s.isEmpty()) {
            v.put(key, s);
        }
    }
}
