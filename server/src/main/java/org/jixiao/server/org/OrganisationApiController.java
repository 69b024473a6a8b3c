package org.jixiao.server.org;

import java.util.List;
import org.jixiao.server.common.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisations the caller may see. */
@RestController
@RequestMapping("/api/organisations")
public class OrganisationApiController {
    private final OrganisationRepository organisations;

    OrganisationApiController(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    public List<Organisation> list(@AuthenticationPrincipal CurrentUser user) {
        return organisations.findAll(user.scope());
    }

    @GetMapping("/{id}")
    public Organisation read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return organisations.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("organisation " + id));
    }
}
