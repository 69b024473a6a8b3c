package org.jixiao.server.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 结果应用 as a page: a year's reviewed projects under an organisation, by final grade and action, with the cuts. */
@Controller
class ResultsPageController {
    private final ResultsService results;
    private final OrganisationRepository organisations;

    private final org.springframework.context.MessageSource messages;

    ResultsPageController(ResultsService results, OrganisationRepository organisations,
                          org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.results = results;
        this.organisations = organisations;
    }

    @GetMapping("/results")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
                @RequestParam(required = false) Integer year, Locale locale, Model model) {
        List<Organisation> choices = organisations.findAll(user.scope());
        Organisation shown = org != null ? organisations.findById(org, user.scope()).orElse(null)
                : user.ownOrFirstOf(choices).orElse(null);
        int y = year == null ? LocalDate.now().getYear() - 1 : year;
        model.addAttribute("organisations", choices);
        model.addAttribute("organisation", shown);
        model.addAttribute("year", y);
        model.addAttribute("results", shown == null ? null
                : ResultsApiController.json(results.of(shown.id(), y, user), shown.id(), y, results, locale, user));
        model.addAttribute("mayRectify", Policies.MAY_DIRECT_FOLLOW_UP.decide(user).allowed());
        return "results/list";
    }

    /** Finance turns a result's proposed rectification into a draft notice and goes on to it. */
    @org.springframework.web.bind.annotation.PostMapping("/results/{evaluationId}/rectification")
    String rectify(@AuthenticationPrincipal CurrentUser user,
                   @org.springframework.web.bind.annotation.PathVariable long evaluationId,
                   @RequestParam long org, @RequestParam int year, Locale locale,
                   org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            return "redirect:/rectifications/" + results.proposeRectification(evaluationId, user);
        } catch (org.jixiao.server.common.WorkflowException refused) {
            redirect.addFlashAttribute("stepError", messages.getMessage(refused.messageKey(), null, locale));
            return "redirect:/results?org=" + org + "&year=" + year;
        }
    }
}
