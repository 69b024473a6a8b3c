package org.jixiao.server.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
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

    ResultsPageController(ResultsService results, OrganisationRepository organisations) {
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
                : ResultsApiController.json(results.of(shown.id(), y, user), shown.id(), y, results, locale));
        return "results/list";
    }
}
