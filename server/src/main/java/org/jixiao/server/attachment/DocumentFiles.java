package org.jixiao.server.attachment;

import java.util.List;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The 佐证材料 section of a document's page other than the evaluation form (fragments/attachments.html): its files, what
 * the viewer may do with them, the limits, and the rows a file may be put on.
 */
@Component
public class DocumentFiles {
    private final Attachments attachments;

    DocumentFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    /** Fills the model for the fragment; {@code rows} the indicator names a file may be put on (empty: the whole document). */
    public void fill(Model model, String kind, long documentId, List<String> rows, CurrentUser user) {
        model.addAttribute("attachments", attachments.of(kind, documentId, user));
        model.addAttribute("attachmentRights", attachments.document(kind, documentId, user));
        model.addAttribute("attachmentKind", kind);
        model.addAttribute("attachmentDocument", documentId);
        model.addAttribute("attachmentRows", rows);
        model.addAttribute("attachmentLimits", List.of(Attachments.megabytes(Attachments.MAX_FILE_BYTES),
                Attachments.megabytes(Attachments.MAX_DOCUMENT_BYTES)));
    }
}
