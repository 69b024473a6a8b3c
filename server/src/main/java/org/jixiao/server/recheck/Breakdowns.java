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
    private final RecheckRepository repository;

    Breakdowns(RecheckRepository repository) {
        this.repository = repository;
    }

    /**
     * @param visible every organisation the caller may see, in tree order: the children are found among them
     */
    @Transactional(readOnly = true)
    public Breakdown of(Scope scope, Organisation org, List<Organisation> visible, Integer year, CurrencyUnit unit,
                        boolean drafts) {
        List<Organisation> children = visible.stream().filter(o -> Long.valueOf(org.id()).equals(o.parentId())).toList();
        SummaryTally whole = new SummaryTally();
        SummaryTally own = new SummaryTally();
        Map<Long, SummaryTally> byChild = new HashMap<>();
        boolean anyOwn = false;
        for (SummaryTally.Group g : repository.groups(new RecheckConditions(scope, org, year, drafts), !children.isEmpty())) {
            whole.add(g);
            if (g.part() == null) {
                own.add(g);
                anyOwn = true;
            } else {
                byChild.computeIfAbsent(g.part(), k -> new SummaryTally()).add(g);
            }
        }
        List<Breakdown.Part> parts = new ArrayList<>();
        if (anyOwn && !children.isEmpty()) {
            parts.add(new Breakdown.Part(org, true, own.summary(unit)));
        }
        for (Organisation c : children) {
            parts.add(new Breakdown.Part(c, false, byChild.getOrDefault(c.id(), new SummaryTally()).summary(unit)));
        }
        return new Breakdown(org, whole.summary(unit), parts);
    }

    public List<Integer> years(Scope scope, Organisation org) {
        return repository.years(scope, org);
    }
}
