package org.jixiao.server.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 批量审核: one opinion, one step, many tables. Each table goes through {@link WorkflowService#act} in a transaction
 * of its own — the same scope, state, version and own-submission rules as one by one — so a table refused leaves the
 * others done, and the answer says, table by table, in the order asked, what became of it.
 */
@Service
public class BatchReview {
    /** The steps a batch may take: the reviews, not the filler's steps nor 公开 (which is confirmed table by table). */
    public static final Set<Transition> ACTIONS = EnumSet.of(Transition.DEPT_APPROVE, Transition.DEPT_RETURN,
            Transition.FINANCE_APPROVE, Transition.FINANCE_RETURN);
    /** At most this many tables a batch; the list's "all matching the filter" takes the first so many. */
    public static final int MAX_IDS = 200;

    /** What became of one table: done, or refused and why (in the caller's language). */
    public record Row(long id, boolean ok, String message) {
    }

    private final WorkflowService workflow;
    private final MessageSource messages;

    BatchReview(WorkflowService workflow, MessageSource messages) {
        this.workflow = workflow;
        this.messages = messages;
    }

    /**
     * Takes the step on every table in order.
     *
     * @param versions the version the caller saw of each table, in the order of {@code ids} (null: each at its current
     *                 version; an entry null: that one at its current version)
     */
    public List<Row> review(List<Long> ids, Transition action, String opinion, List<Integer> versions, CurrentUser user,
                            Locale locale) {
        List<Row> rows = new ArrayList<>(ids.size());
        for (int k = 0; k < ids.size(); k++) {
            Long id = ids.get(k);
            Integer version = versions == null || k >= versions.size() ? null : versions.get(k);
            rows.add(one(id, action, opinion, version, user, locale));
        }
        return rows;
    }

    private Row one(Long id, Transition action, String opinion, Integer version, CurrentUser user, Locale locale) {
        if (id == null) {
            return new Row(0, false, text("error.notFound", locale));
        }
        if (!ACTIONS.contains(action)) {
            return new Row(id, false, text("error.batchAction", locale));
        }
        try {
            workflow.act(id, action, opinion, version, List.of(), user);
            return new Row(id, true, messages.getMessage("workflow.done",
                    new Object[] {text("action." + action.name(), locale)}, locale));
        } catch (NotFoundException e) {
            return new Row(id, false, text("error.notFound", locale));
        } catch (ForbiddenException e) {
            return new Row(id, false, text(e.messageKey(), locale));
        } catch (WorkflowException e) {
            return new Row(id, false, text(e.messageKey(), locale));
        } catch (LockedEvaluationException e) {
            return new Row(id, false, text("error.locked", locale));
        } catch (EditConflictException e) {
            return new Row(id, false, text("error.conflict", locale));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
