package org.jixiao.server.org;

import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.common.WorkflowException;

/**
 * What a {@link Policies policy} answers: allowed, or refused — forbidden to this person (403, with the message key
 * that says why), or not in this state of the document (409, locked).
 */
public record Decision(Outcome outcome, String messageKey, Enum<?> state) {
    public enum Outcome { ALLOWED, FORBIDDEN, LOCKED }

    public static final Decision ALLOWED = new Decision(Outcome.ALLOWED, null, null);

    public static Decision forbidden(String messageKey) {
        return new Decision(Outcome.FORBIDDEN, messageKey, null);
    }

    public static Decision locked(Enum<?> state) {
        return new Decision(Outcome.LOCKED, "error.locked", state);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    /**
     * As {@link #orThrow()}, in the words of another kind of document (a declaration, a monitoring report): the rule
     * is the policy's, the message the kind's own.
     */
    public void orThrow(String forbiddenKey, String lockedKey) {
        switch (outcome) {
            case FORBIDDEN -> throw new ForbiddenException(forbiddenKey);
            case LOCKED -> throw new WorkflowException(lockedKey);
            default -> { }
        }
    }

    /** Does nothing when allowed; otherwise refuses the request as the policy said. */
    public void orThrow() {
        switch (outcome) {
            case FORBIDDEN -> throw new ForbiddenException(messageKey);
            case LOCKED -> throw new LockedEvaluationException(state);
            default -> { }
        }
    }
}
