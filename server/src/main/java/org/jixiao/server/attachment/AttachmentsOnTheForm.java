package org.jixiao.server.attachment;

import org.jixiao.core.evaluation.Indicator;
import org.jixiao.server.evaluation.EvaluationPagePart;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The self-evaluation page's 佐证材料 (fragments/attachments), as {@link FilesOnPage} writes them for every document. */
@Component
class AttachmentsOnTheForm implements EvaluationPagePart {
    private final FilesOnPage files;

    AttachmentsOnTheForm(FilesOnPage files) {
        this.files = files;
    }

    @Override
    public void fill(Model model, StoredEvaluation stored, CurrentUser user) {
        files.fill(model, EvaluationDocuments.KIND, stored.id(),
                stored.form().indicators().stream().map(Indicator::name).toList(), user);
    }
}
