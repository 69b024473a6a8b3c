package org.jixiao.server.overview;

import java.util.Locale;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.system.ChartJson;
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

    OverviewController(OverviewService overviews, OverviewCharts charts, ChartJson chartJson) {
        this.overviews = overviews;
        this.charts = charts;
        this.chartJson = chartJson;
    }

    @GetMapping("/overview")
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("query") OverviewQuery query, Model model,
                Locale locale) {
        Overview overview = overviews.overview(query, user);
        model.addAttribute("overview", overview);
        model.addAttribute("query", overview.query());
        model.addAttribute("b", overview.breakdown());
        model.addAttribute("organisations", overview.choices());
        model.addAttribute("units", CurrencyUnit.values());
        model.addAttribute("statuses", EvaluationStatus.NOT_VOIDED);
        model.addAttribute("charts", chartJson.of(charts.of(overview.breakdown(), locale)));
        return "overview";
    }
}
