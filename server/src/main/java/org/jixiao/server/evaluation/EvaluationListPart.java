package org.jixiao.server.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import org.jixiao.server.org.CurrentUser;
import org.springframework.ui.Model;

/**
 * What another feature adds to the lists of evaluations (the review brings 批量审核's controls). The list asks every
 * part; evaluation knows none of them, so the features built on it depend on it one way.
 */
public interface EvaluationListPart {
    void fill(Model model, CurrentUser user, HttpServletRequest request);
}
