package org.jixiao.server.org;

import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.LockedEvaluationException;

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

    /** Does nothing when allowed; otherwise refuses the request as the policy said. */
    public void orThrow() {
        switch (outcome) {
            case FORBIDDEN -> throw new ForbiddenException(messageKey);
            case LOCKED -> throw new LockedEvaluationException(state);
            default -> { }
        }
    }
}
