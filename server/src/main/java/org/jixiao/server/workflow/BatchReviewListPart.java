package org.jixiao.server.workflow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationListPart;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 批量审核 on the lists, for reviewers: the steps their role takes, and the page to come back to with the results
 * (the path and query of this one, percent-encoded).
 */
@Component
class BatchReviewListPart implements EvaluationListPart {

    @Override
    public void fill(Model model, CurrentUser user, HttpServletRequest http) {
        List<Transition> steps = BatchReview.ACTIONS.stream()
                .filter(t -> Policies.takesStepsOf(t.role()).decide(user).allowed()).toList();
        model.addAttribute("batchActions", steps);
        if (!steps.isEmpty()) {
            UriComponentsBuilder back = UriComponentsBuilder.fromPath(http.getServletPath());
            http.getParameterMap().forEach((name, values) -> {
                if (!name.equals("lang")) {
                    back.queryParam(name, (Object[]) values);
                }
            });
            model.addAttribute("back", back.build().encode().toUriString());
        }
    }
}
