package org.jixiao.server.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A document past the steps that allow editing (a submitted evaluation, a declaration under review) is locked: only a
 * draft or a returned one can be changed.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class LockedEvaluationException extends RuntimeException {
    private final Enum<?> status;

    public LockedEvaluationException(Enum<?> status) {
        super("document is " + status + " and locked");
        this.status = status;
    }

    /** The status the document stands in. */
    public Enum<?> status() {
        return status;
    }
}
