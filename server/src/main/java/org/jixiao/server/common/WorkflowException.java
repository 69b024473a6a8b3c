package org.jixiao.server.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step that cannot be taken now (wrong status, missing opinion). The key names the message. */
@ResponseStatus(HttpStatus.CONFLICT)
public class WorkflowException extends RuntimeException {
    private final String messageKey;

    public WorkflowException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
