package org.jixiao.server.evaluation;

import org.jixiao.server.common.WorkflowException;

/**
 * A save that would change a column the approved declaration locks (a target, a weight, a row added or removed):
 * refused, 409, naming the column.
 */
public class LockedColumnsException extends WorkflowException {
    private final String field;

    public LockedColumnsException(String field) {
        super("error.lockedColumns");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
