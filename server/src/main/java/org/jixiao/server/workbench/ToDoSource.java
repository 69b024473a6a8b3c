package org.jixiao.server.workbench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.server.org.CurrentUser;

/**
 * What waits for a person, and what they did lately, for one kind of document: self-evaluations
 * ({@link EvaluationToDos}) today, declarations and monitoring rounds as each plugs in a bean of its own. The 工作台
 * shows every source's lines in the order the sources come, each line's documents oldest first.
 */
public interface ToDoSource {
    /** The lines of 待办 for this person (none where their role has nothing of this kind to do). */
    List<ToDo> toDos(CurrentUser user);

    /** What this person did lately on documents of this kind, newest first, at most {@code limit}. */
    List<Done> done(CurrentUser user, int limit);

    /**
     * One line of 待办: the message key naming it ("workbench.todo.toReview"), how many documents wait, the list that
     * shows them all (the count links there), and the oldest few with their deadlines.
     */
    record ToDo(String key, long count, String link, List<Item> items) {
    }

    /**
     * One document waiting: its title and page, since when it waits, by when it is due (null: no deadline), and the
     * opinion it came back with where it was returned.
     */
    record Item(String title, String link, String organisation, OffsetDateTime since, LocalDate due, String opinion) {

        public boolean isOverdue(LocalDate today) {
            return due != null && today.isAfter(due);
        }
    }

    /** One step this person took: the action's message key, the document's title and page, when. */
    record Done(String actionKey, String title, String link, OffsetDateTime at) {
    }
}
