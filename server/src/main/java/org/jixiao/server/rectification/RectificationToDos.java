package org.jixiao.server.rectification;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Role;
import org.jixiao.server.workbench.ToDoSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 待办 of rectification notices, within the person's scope: the unit's notices to answer (issued or returned), finance's
 * answers to accept or return; each due by its deadline, so overdue notices show on both sides.
 */
@Component
@Order(30)
class RectificationToDos implements ToDoSource {
    static final int SHOWN = 10;
    private final RectificationRepository repository;

    RectificationToDos(RectificationRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<ToDo> toDos(CurrentUser user) {
        List<ToDo> lines = new ArrayList<>();
        if (user.is(Role.FILLER)) {
            lines.add(line(user, List.of(Rectification.State.ISSUED, Rectification.State.RETURNED),
                    "workbench.todo.rectificationToAnswer"));
        } else if (user.is(Role.FINANCE_REVIEWER)) {
            lines.add(line(user, List.of(Rectification.State.ANSWERED), "workbench.todo.rectificationToAccept"));
            long proposed = repository.countProposedByReports(user.scope());
            if (proposed > 0) {
                lines.add(new ToDo("workbench.todo.rectificationProposed", proposed, "/monitoring",
                        repository.proposedByReports(user.scope(), SHOWN).stream()
                                .map(p -> new Item(p.project(), "/monitoring/reports/" + p.reportId(), p.organisation(),
                                        p.at(), null, null))
                                .toList()));
            }
            lines.add(line(user, List.of(Rectification.State.ISSUED, Rectification.State.RETURNED),
                    "workbench.todo.rectificationAwaited"));
        }
        return lines.stream().filter(l -> l.count() > 0).toList();
    }

    private ToDo line(CurrentUser user, List<Rectification.State> states, String key) {
        long count = repository.countInState(user.scope(), states);
        List<Item> items = count == 0 ? List.of() : repository.inState(user.scope(), states, SHOWN).stream()
                .map(r -> new Item(r.notice().title(), "/rectifications/" + r.id(), r.organisationName(),
                        r.updatedAt(), r.notice().deadline(), null))
                .toList();
        return new ToDo(key, count, "/monitoring", items);
    }

    @Override
    public List<Done> done(CurrentUser user, int limit) {
        return List.of();
    }
}
