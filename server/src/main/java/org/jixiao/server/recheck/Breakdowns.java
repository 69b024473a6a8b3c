package org.jixiao.server.recheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sums an organisation's tables per child organisation with the same summary the 复核 page shows. */
@Component
public class Breakdowns {
    private final Assessments assessments;

    Breakdowns(Assessments assessments) {
        this.assessments = assessments;
    }

    /**
     * @param visible every organisation the caller may see, in tree order: the children and the tables' places are
     *                found among them, so a table placed out of scope is not counted
     */
    @Transactional(readOnly = true)
    public Breakdown of(Scope scope, Organisation org, List<Organisation> visible, Integer year, CurrencyUnit unit) {
        Map<Long, String> paths = new HashMap<>();
        visible.forEach(o -> paths.put(o.id(), o.path()));
        List<Organisation> children = visible.stream().filter(o -> Long.valueOf(org.id()).equals(o.parentId())).toList();
        List<Assessed> all = assessments.of(scope, org, year);
        Map<Long, List<Assessed>> byChild = new HashMap<>();
        List<Assessed> own = new ArrayList<>();
        for (Assessed a : all) {
            String path = paths.getOrDefault(a.stored().organisationId(), "");
            children.stream().filter(c -> path.startsWith(c.path())).findFirst()
                    .ifPresentOrElse(c -> byChild.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(a),
                            () -> own.add(a));
        }
        List<Breakdown.Part> parts = new ArrayList<>();
        if (!own.isEmpty() && !children.isEmpty()) {
            parts.add(new Breakdown.Part(org, true, RecheckSummary.of(own, unit)));
        }
        for (Organisation c : children) {
            parts.add(new Breakdown.Part(c, false, RecheckSummary.of(byChild.getOrDefault(c.id(), List.of()), unit)));
        }
        return new Breakdown(org, RecheckSummary.of(all, unit), parts);
    }

    public List<Integer> years(Scope scope, Organisation org) {
        return assessments.years(scope, org);
    }
}
