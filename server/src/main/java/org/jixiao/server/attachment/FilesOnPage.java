package org.jixiao.server.attachment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a document's page shows of its 佐证材料 (templates/fragments/attachments.html): the files, those of each
 * indicator row by the row's identity (a file whose row was deleted counts as the document's), the rows a file may go
 * on, what the viewer may do with them, and the limits.
 */
@Component
public class FilesOnPage {
    private final Attachments attachments;

    FilesOnPage(Attachments attachments) {
        this.attachments = attachments;
    }

    /** @param rows the names of the document's indicator rows, in their order (empty: files on the whole document only) */
    public void fill(Model model, String kind, long documentId, List<String> rows, CurrentUser user) {
        AttachableDocuments.Document document = attachments.document(kind, documentId, user);
        List<Attachment> files = attachments.of(kind, documentId, user);
        Map<Integer, List<Attachment>> byKey = files.stream().filter(a -> a.indicator() != null)
                .collect(Collectors.groupingBy(Attachment::indicatorKey));
        model.addAttribute("attachments", files);
        model.addAttribute("attachmentsByKey", byKey);
        model.addAttribute("attachmentRowKeys", document.rowKeys());
        model.addAttribute("attachmentRows", rows);
        model.addAttribute("attachmentRights", document);
        model.addAttribute("attachmentLimits", List.of(Attachments.megabytes(Attachments.MAX_FILE_BYTES),
                Attachments.megabytes(Attachments.MAX_DOCUMENT_BYTES)));
    }
}
