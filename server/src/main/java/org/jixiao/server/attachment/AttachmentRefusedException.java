package org.jixiao.server.attachment;

/** An upload or removal refused: the HTTP status, and the message key with its figures. Nothing was stored. */
public class AttachmentRefusedException extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    public AttachmentRefusedException(int status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
