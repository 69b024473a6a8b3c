package org.jixiao.server.recheck;

import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The 复核 list through the JSON API: the same tables, ranking, filters and scope as the page. */
@RestController
@RequestMapping("/api/recheck")
public class RecheckApiController {
    /** The list as the API shows it: the organisation, the year, the summary, one page of ranked tables. */
    public record RecheckJson(Organisation organisation, Integer year, RecheckSummary summary, Page<RecheckRow> tables) {
    }

    private final RecheckService recheck;

    RecheckApiController(RecheckService recheck) {
        this.recheck = recheck;
    }

    /** Tables of a department or region ({@code org}), ranked by the gap between self and re-checked total. */
    @GetMapping
    public RecheckJson list(@AuthenticationPrincipal CurrentUser user, @ParameterObject RecheckQuery query) {
        RecheckResult result = recheck.list(query, user);
        return new RecheckJson(result.organisation(), result.query().year(), result.summary(), result.page());
    }
}
