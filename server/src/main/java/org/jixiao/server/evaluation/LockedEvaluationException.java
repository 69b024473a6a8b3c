package org.jixiao.server.evaluation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Submitted evaluations are locked: only a draft or a returned one can be changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class LockedEvaluationException extends RuntimeException {
    private final EvaluationStatus status;

    public LockedEvaluationException(EvaluationStatus status) {
        super("evaluation is " + status + " and locked");
        this.status = status;
    }

    public EvaluationStatus status() {
        return status;
    }
}
