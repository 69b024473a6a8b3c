package org.jixiao.server.org;

import org.jixiao.server.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisation tree the signed-in person can see. */
@Controller
class OrganisationController {
    private final OrganisationRepository organisations;

    OrganisationController(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", organisations.findAll(user.scope()));
        return "organisations";
    }
}
