package org.jixiao.server.overview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.common.GlanceCache;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.system.ChartJson;
import org.jixiao.server.system.FragmentRenderer;
import org.jixiao.server.system.OrganisationOptions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The overview page of a department or region and its children, one click down to each child. */
@Controller
class OverviewController {
    private final OverviewService overviews;
    private final OverviewCharts charts;
    private final ChartJson chartJson;

    private final OrganisationOptions options;
    private final FragmentRenderer fragments;
    private final GlanceCache kept;

    OverviewController(OverviewService overviews, OverviewCharts charts, ChartJson chartJson, OrganisationOptions options,
                       FragmentRenderer fragments, GlanceCache kept) {
        this.options = options;
        this.fragments = fragments;
        this.kept = kept;
        this.overviews = overviews;
        this.charts = charts;
        this.chartJson = chartJson;
    }

    @GetMapping("/overview")
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("query") OverviewQuery query, Model model,
                Locale locale, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("main", kept.html(new GlanceCache.Key("overview", user.viewpoint(), query, locale), () -> {
            Overview overview = overviews.overview(query, user);
            return fragments.render("fragments/overview-main", Map.of(
                    "overview", overview,
                    "query", overview.query(),
                    "b", overview.breakdown(),
                    "organisationOptions", options.html(overview.choices(), overview.breakdown().organisation().id(), true, locale),
                    "units", CurrencyUnit.values(),
                    "statuses", EvaluationStatus.NOT_VOIDED,
                    "charts", chartJson.of(charts.of(overview.breakdown(), locale))), request, response, locale);
        }));
        return "overview";
    }
}
