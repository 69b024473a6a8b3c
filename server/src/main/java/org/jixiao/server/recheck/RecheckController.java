package org.jixiao.server.recheck;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.common.Download;
import org.jixiao.server.common.GlanceCache;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.system.ChartJson;
import org.jixiao.server.system.FragmentRenderer;
import org.jixiao.server.system.OrganisationOptions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The 复核 page of a department or region, and its export as CSV. */
@Controller
class RecheckController {
    private final RecheckService recheck;
    private final RecheckCsv csv;
    private final RecheckCharts charts;
    private final ChartJson chartJson;

    private final OrganisationOptions options;
    private final FragmentRenderer fragments;
    private final GlanceCache kept;

    RecheckController(RecheckService recheck, RecheckCsv csv, RecheckCharts charts, ChartJson chartJson,
                      OrganisationOptions options, FragmentRenderer fragments, GlanceCache kept) {
        this.options = options;
        this.fragments = fragments;
        this.kept = kept;
        this.recheck = recheck;
        this.csv = csv;
        this.charts = charts;
        this.chartJson = chartJson;
    }

    @GetMapping("/recheck")
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("query") RecheckQuery query, Model model,
                Locale locale, HttpServletRequest request, HttpServletResponse response) {
        recheck.checkMayRecheck(user);
        model.addAttribute("main", kept.html(new GlanceCache.Key("recheck", user.viewpoint(), query, locale), () -> {
            RecheckResult result = recheck.list(query, user);
            return fragments.render("fragments/recheck-main", Map.of(
                    "result", result,
                    "query", result.query(),
                    "page", result.page(),
                    "organisationOptions", options.html(recheck.choices(user), result.organisation().id(), false, locale),
                    "codes", recheck.codes(),
                    "severities", Severity.values(),
                    "units", CurrencyUnit.values(),
                    "charts", chartJson.of(charts.of(result.summary(), locale))), request, response, locale);
        }));
        return "recheck";
    }

    @GetMapping("/recheck.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @ModelAttribute RecheckQuery query, Locale locale) {
        RecheckService.Ranked ranked = recheck.ranked(query, user);
        String name = "recheck-" + ranked.organisation().id() + (query.year() == null ? "" : "-" + query.year()) + ".csv";
        return Download.of(csv.write(ranked.rows(), ranked.query().unit(), locale),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name, name);
    }
}
