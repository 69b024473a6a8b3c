package org.jixiao.core.checks;

import java.util.List;

/**
 * An adjustment of the goals approved after the self-evaluation was submitted (lifecycle §3): before submission it
 * updates the evaluation, after it the evaluation keeps the targets it was submitted with, so each change is a finding
 * of the re-check — at the row it concerns — for finance to weigh (score against the adjusted target, or return the
 * table to be filled again).
 */
public final class AdjustedAfterSubmission implements Check {
    public static final String CODE = "ADJUSTED_AFTER_SUBMISSION";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (LaterAdjustment later : ctx.laterAdjustments()) {
            if (later.changes().isEmpty()) {
                out.add(Finding.of(CODE, "goals", Severity.WARNING, ctx.table(), later.version(), later.evaluatedVersion()));
            }
            for (LaterAdjustment.Change c : later.changes()) {
                Place place = c.row() >= 0 && c.row() < ctx.indicators().size() ? ctx.placeOf(c.row()) : ctx.table();
                switch (c.kind()) {
                    case MODIFIED -> out.add(Finding.of(CODE, "modified", Severity.WARNING, place, later.version(),
                            c.indicator(), c.from().toString(), c.to().toString(), later.evaluatedVersion()));
                    case DELETED -> out.add(Finding.of(CODE, "deleted", Severity.WARNING, place, later.version(),
                            c.indicator(), later.evaluatedVersion()));
                    case ADDED -> out.add(Finding.of(CODE, "added", Severity.WARNING, place, later.version(),
                            c.indicator(), c.to().toString(), later.evaluatedVersion()));
                }
            }
        }
    }
}
