package org.jixiao.server.evaluation;

import org.jixiao.server.system.CurrentUser;
import org.springframework.ui.Model;

/**
 * A part of the form page that another concern brings (the table's 佐证材料): every bean of this type adds what it
 * shows to the model of every form page, after {@link EvaluationPageModel} has filled in the form.
 */
public interface EvaluationPagePart {
    void fill(Model model, StoredEvaluation stored, CurrentUser user);
}
