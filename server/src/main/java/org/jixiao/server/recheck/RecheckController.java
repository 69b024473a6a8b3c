package org.jixiao.server.recheck;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.exchange.Download;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.system.ChartJson;
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

    RecheckController(RecheckService recheck, RecheckCsv csv, RecheckCharts charts, ChartJson chartJson) {
        this.recheck = recheck;
        this.csv = csv;
        this.charts = charts;
        this.chartJson = chartJson;
    }

    @GetMapping("/recheck")
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("query") RecheckQuery query, Model model,
                Locale locale) {
        RecheckResult result = recheck.list(query, user);
        model.addAttribute("result", result);
        model.addAttribute("query", result.query());
        model.addAttribute("page", result.page());
        model.addAttribute("organisations", recheck.choices(user));
        model.addAttribute("codes", recheck.codes());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("units", CurrencyUnit.values());
        model.addAttribute("charts", chartJson.of(charts.of(result.summary(), locale)));
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
