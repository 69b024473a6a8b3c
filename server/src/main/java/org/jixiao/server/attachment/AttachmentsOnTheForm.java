package org.jixiao.server.attachment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.server.evaluation.EvaluationPagePart;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The form page's 佐证材料: the table's files, those of each indicator row (a row index past the last row, after rows
 * were removed, counts as the table's), and what the viewer may do with them.
 */
@Component
class AttachmentsOnTheForm implements EvaluationPagePart {
    private final Attachments attachments;

    AttachmentsOnTheForm(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public void fill(Model model, StoredEvaluation stored, CurrentUser user) {
        AttachableDocuments.Document document = attachments.document(EvaluationDocuments.KIND, stored.id(), user);
        List<Attachment> files = attachments.of(EvaluationDocuments.KIND, stored.id(), user);
        int rows = stored.form().indicators().size();
        Map<Integer, List<Attachment>> byRow = files.stream().filter(a -> a.indicator() != null && a.indicator() < rows)
                .collect(Collectors.groupingBy(Attachment::indicator));
        model.addAttribute("attachments", files);
        model.addAttribute("attachmentsByRow", byRow);
        model.addAttribute("attachmentRights", document);
        model.addAttribute("attachmentLimits", List.of(Attachments.megabytes(Attachments.MAX_FILE_BYTES),
                Attachments.megabytes(Attachments.MAX_DOCUMENT_BYTES)));
    }
}
