package org.jixiao.core.declaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.checks.LaterAdjustment;

/**
 * The versions of a declaration's goals approved after the self-evaluation made from it stopped following them (it
 * was submitted), each with what it changed against the version before it, placed on the evaluation's rows: what the
 * re-check's {@link org.jixiao.core.checks.AdjustedAfterSubmission} reports.
 */
public final class LaterAdjustments {
    private LaterAdjustments() {
    }

    /**
     * @param versions         every approved version, in order (version 1 first)
     * @param evaluatedVersion the version the evaluation stands at
     * @param rowKeys          per row of the evaluation, the key of the declared indicator it copies (0 for none)
     */
    public static List<LaterAdjustment> since(List<DeclarationVersion> versions, int evaluatedVersion, List<Integer> rowKeys) {
        List<LaterAdjustment> out = new ArrayList<>();
        for (int n = 1; n < versions.size(); n++) {
            DeclarationVersion before = versions.get(n - 1);
            DeclarationVersion after = versions.get(n);
            if (after.number() > evaluatedVersion) {
                out.add(new LaterAdjustment(after.number(), evaluatedVersion, changes(before, after, rowKeys)));
            }
        }
        return out;
    }

    private static List<LaterAdjustment.Change> changes(DeclarationVersion before, DeclarationVersion after, List<Integer> rowKeys) {
        Map<Integer, DeclaredIndicator> was = new HashMap<>();
        before.declaration().indicators().forEach(i -> was.put(i.key(), i));
        List<LaterAdjustment.Change> changes = new ArrayList<>();
        for (DeclaredIndicator i : before.declaration().indicators()) {
            boolean kept = after.declaration().indicators().stream().anyMatch(a -> a.key() == i.key());
            if (!kept) {
                changes.add(new LaterAdjustment.Change(LaterAdjustment.Kind.DELETED, rowKeys.indexOf(i.key()), i.name(),
                        i.target(), null));
            }
        }
        for (DeclaredIndicator i : after.declaration().indicators()) {
            DeclaredIndicator old = was.get(i.key());
            if (old == null) {
                changes.add(new LaterAdjustment.Change(LaterAdjustment.Kind.ADDED, -1, i.name(), null, i.target()));
            } else if (!old.target().equals(i.target()) || !old.name().equals(i.name())) {
                changes.add(new LaterAdjustment.Change(LaterAdjustment.Kind.MODIFIED, rowKeys.indexOf(i.key()), i.name(),
                        old.target(), i.target()));
            }
        }
        return changes;
    }
}
