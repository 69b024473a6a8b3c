package org.jixiao.server.evaluation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.Differences;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * A save refused because someone saved in between: the form to show again. It holds the other person's values for
 * every field the second person did not touch, the second person's own where they changed it, and names the fields
 * both changed, so that saving again overwrites nothing unseen. "Changed" is measured against the version the second
 * person loaded, which the audit trail gives: the oldest old value of each field changed since.
 */
final class ConflictMerge {
    private static final Pattern ROW = Pattern.compile("^(indicators|funding)\\[(\\d+)]\\.(\\w+)$");

    /** The merged form and the audit fields (as {@link Differences} names them) both people changed. */
    record Result(EvaluationForm form, Set<String> bothChanged) {
    }

    private ConflictMerge() {
    }

    /**
     * @param typed  what the second person posted
     * @param saved  the evaluation as it now stands
     * @param theirs the changes saved since the version {@code typed} was loaded at, newest first
     */
    static Result merge(EvaluationForm typed, StoredEvaluation saved, List<AuditEntry> theirs) {
        Map<String, String> base = new HashMap<>();
        for (AuditEntry e : theirs) {
            base.put(e.field(), e.oldValue()); // newest first: the last put is the oldest, the value loaded
        }
        SelfEvaluation typedEvaluation = FormMapper.toEvaluation(typed, saved.form());
        Map<String, String> mine = Differences.valuesOf(typedEvaluation);
        Map<String, String> now = Differences.valuesOf(saved.form());
        EvaluationForm current = FormMapper.toForm(saved);
        BeanWrapper into = PropertyAccessorFactory.forBeanPropertyAccess(typed);
        into.setAutoGrowNestedPaths(true);
        BeanWrapper from = PropertyAccessorFactory.forBeanPropertyAccess(current);
        Set<String> both = new LinkedHashSet<>();
        for (String field : base.keySet()) {
            List<String> properties = properties(field);
            if (properties.isEmpty()) {
                continue; // a figure the system computes (total, grade): it follows the merged form
            }
            boolean iChanged = !Objects.equals(mine.get(field), base.get(field));
            if (!iChanged) {
                for (String p : properties) {
                    if (from.isReadableProperty(p)) {
                        into.setPropertyValue(p, from.getPropertyValue(p));
                    }
                }
            } else if (!Objects.equals(mine.get(field), now.get(field))) {
                both.add(field);
            }
        }
        return new Result(typed, both);
    }

    /** The form's properties an audit field is made of; empty for a figure the form does not hold. */
    static List<String> properties(String field) {
        switch (field) {
            case "header.project": return List.of("project");
            case "header.department": return List.of("department");
            case "header.unit": return List.of("unit");
            case "header.year": return List.of("year");
            case "header.currencyUnit": return List.of("currencyUnit");
            case "funding.weight": return List.of("fundingWeight");
            case "goals.declared": return List.of("goalsDeclared");
            case "goals.achieved": return List.of("goalsAchieved");
            case "notes": return List.of("notes");
            default:
        }
        Matcher m = ROW.matcher(field);
        if (!m.matches()) {
            return List.of();
        }
        String row = (m.group(1).equals("funding") ? "fundingRows" : "indicators") + "[" + m.group(2) + "].";
        String name = m.group(3);
        if (m.group(1).equals("indicators") && name.equals("target")) {
            return List.of(row + "operator", row + "targetValue", row + "targetUnit", row + "targetText");
        }
        return List.of(row + name);
    }
}
