package org.jixiao.server.common;

/** An export or import the caller asked for that cannot be done as asked: a message key with its arguments, a 400. */
public class ExchangeException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public ExchangeException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
