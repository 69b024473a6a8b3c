package org.jixiao.server.recheck;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jixiao.server.common.GlanceCache;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final GlanceCache kept;

    RecheckApiController(RecheckService recheck, GlanceCache kept) {
        this.recheck = recheck;
        this.kept = kept;
    }

    /**
     * Tables of a department or region ({@code org}), ranked by the gap between self and re-checked total; written
     * once per revision of the figures and kept as JSON ({@link GlanceCache}).
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RecheckJson.class)))
    public ResponseEntity<byte[]> list(@AuthenticationPrincipal CurrentUser user, @ParameterObject RecheckQuery query) {
        recheck.checkMayRecheck(user);
        return kept.json(new GlanceCache.Key("api/recheck", user.viewpoint(), query, null), () -> {
            RecheckResult result = recheck.list(query, user);
            return new RecheckJson(result.organisation(), result.query().year(), result.summary(), result.page());
        });
    }
}
