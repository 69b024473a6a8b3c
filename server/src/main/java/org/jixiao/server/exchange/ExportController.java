package org.jixiao.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.evaluation.ListRequest;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The export buttons of the form and the list, and the template links of 新建自评表. */
@Controller
class ExportController {
    private final Exports exports;
    private final Templates templates;
    private final MessageSource messages;

    ExportController(Exports exports, Templates templates, MessageSource messages) {
        this.exports = exports;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/evaluations/{id}/export")
    ResponseEntity<byte[]> one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String format) {
        return download(exports.one(id, ExportFormat.of(format), user));
    }

    /** Every evaluation the list shows under its filter (all its pages); too many go back to the list with why. */
    @GetMapping("/evaluations/export")
    Object matching(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ListRequest request,
                    @RequestParam String format, @RequestParam(defaultValue = "WAN_YUAN") CurrencyUnit unit,
                    HttpServletRequest http, RedirectAttributes redirect, Locale locale) {
        try {
            return download(exports.matching(request.pageFilter(), ExportFormat.of(format), unit, user));
        } catch (ExchangeException e) {
            redirect.addFlashAttribute("exportError", messages.getMessage(e.messageKey(), e.args(), locale));
            String query = http.getQueryString();
            return "redirect:/evaluations" + (query == null ? "" : "?" + query);
        }
    }

    @GetMapping("/evaluations/template")
    ResponseEntity<byte[]> template(@RequestParam String scheme) {
        return download(templates.of(scheme));
    }

    /** An unknown format asked of a page: the error page says which formats there are. */
    @ExceptionHandler(ExchangeException.class)
    String refused(ExchangeException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("messageKey", e.messageKey());
        return "error";
    }

    static ResponseEntity<byte[]> download(Exports.File f) {
        return Download.of(f.bytes(), f.format().mediaType(), f.name(), f.asciiName());
    }
}
