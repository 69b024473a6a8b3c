package org.jixiao.server.recheck;

import org.jixiao.server.org.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 复核 → 比较评分方案: the tables of a department or region under a second scheme, beside their own. */
@Controller
class SchemeWhatIfController {
    private final SchemeWhatIf whatIf;

    SchemeWhatIfController(SchemeWhatIf whatIf) {
        this.whatIf = whatIf;
    }

    @GetMapping("/recheck/schemes")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String scheme,
                @RequestParam(required = false) Boolean drafts, Model model) {
        SchemeWhatIf.Result result = whatIf.compare(org, year, scheme == null ? "mof-legacy" : scheme, drafts, user);
        model.addAttribute("drafts", Boolean.TRUE.equals(drafts));
        model.addAttribute("result", result);
        model.addAttribute("organisations", whatIf.choices(user));
        model.addAttribute("schemes", whatIf.schemes());
        return "recheck-schemes";
    }
}
