package org.jixiao.server.common;

/** Someone else saved the evaluation since this version was loaded (optimistic locking). */
public class EditConflictException extends RuntimeException {
    private final long evaluationId;
    private final int yourVersion;

    public EditConflictException(long evaluationId, int yourVersion) {
        super("evaluation " + evaluationId + " was changed since version " + yourVersion);
        this.evaluationId = evaluationId;
        this.yourVersion = yourVersion;
    }

    public long evaluationId() {
        return evaluationId;
    }

    public int yourVersion() {
        return yourVersion;
    }
}
