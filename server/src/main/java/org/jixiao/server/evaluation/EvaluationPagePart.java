package org.jixiao.server.evaluation;

import org.jixiao.server.org.CurrentUser;
import org.springframework.ui.Model;

/**
 * What another feature shows on an evaluation's page (the review adds its steps, the sheet frozen at 送审 and the
 * steps the user may take). The page asks every part; evaluation knows none of them, so the features built on it
 * depend on it one way.
 */
public interface EvaluationPagePart {
    void fill(Model model, StoredEvaluation stored, CurrentUser user);
}
