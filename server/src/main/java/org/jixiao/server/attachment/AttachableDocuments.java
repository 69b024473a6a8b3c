package org.jixiao.server.attachment;

import java.util.List;
import java.util.stream.IntStream;
import org.jixiao.server.org.CurrentUser;

/**
 * A kind of document that takes 佐证材料: a self-evaluation ({@link EvaluationDocuments}), a monitoring report, a
 * rectification notice's answer — each a Spring bean of its own kind, in the feature that owns the document. {@link Attachments} asks it, for every upload,
 * list, download and removal, whether the caller may see the document (not found otherwise, the same 404 as the
 * document itself) and what they may do with its files now; and tells it what changed, for its history.
 */
public interface AttachableDocuments {
    /** 项目支出绩效目标执行监控表: evidence of what the unit reports. */
    String MONITORING_REPORT = "MONITORING_REPORT";
    /** 整改通知: evidence of the unit's answer. */
    String RECTIFICATION = "RECTIFICATION";

    /** The kind as stored in attachment.document_kind ("EVALUATION", "DECLARATION" …), at most 30 characters. */
    String kind();

    /** The document's page, where a file uploaded or removed there leads back to. */
    String page(long documentId);

    /**
     * The document as the caller may use it.
     *
     * @throws org.jixiao.server.common.NotFoundException when it does not exist or is outside the caller's scope
     */
    Document open(long documentId, CurrentUser user);

    /** Whether the document is on 公开 (published): its files marked public may then be downloaded by anyone. */
    boolean isPublished(long documentId);

    /** Records an upload ({@code oldName} null) or a removal ({@code newName} null) in the document's history. */
    void recordChange(long documentId, Integer indicator, String oldName, String newName, CurrentUser user, boolean api);

    /**
     * What the caller may do with the files of one document now.
     *
     * @param rowKeys     the identity of each indicator row, in the rows' order: a file on a row points at its identity
     *                    (the API and the page name the row by its index)
     * @param mayUpload   add files: a filler (or administrator) while finance has not approved the document
     * @param mayRemove   remove files: while the document may be edited
     * @param mayMarkPublic show a file on 公开 or take it off: finance
     */
    record Document(long id, List<Integer> rowKeys, boolean mayUpload, boolean mayRemove, boolean mayMarkPublic) {
        public Document {
            rowKeys = List.copyOf(rowKeys);
        }

        /** A document whose indicator rows keep no identity of their own: a file names its row by position. */
        public static Document byPosition(long id, int indicators, boolean mayUpload, boolean mayRemove,
                                          boolean mayMarkPublic) {
            return new Document(id, IntStream.range(0, indicators).boxed().toList(), mayUpload, mayRemove, mayMarkPublic);
        }

        public int indicators() {
            return rowKeys.size();
        }
    }
}
