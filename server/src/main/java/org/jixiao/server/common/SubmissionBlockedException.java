package org.jixiao.server.common;

import java.util.List;
import org.jixiao.core.checks.Finding;

/** 送审 refused: the table still has findings of severity error (a blank actual, weights not summing …). */
public class SubmissionBlockedException extends RuntimeException {
    private final transient List<Finding> errors;

    public SubmissionBlockedException(List<Finding> errors) {
        super("submission blocked by " + errors.size() + " error finding(s)");
        this.errors = List.copyOf(errors);
    }

    public List<Finding> errors() {
        return errors;
    }
}
