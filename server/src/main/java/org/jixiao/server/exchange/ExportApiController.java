package org.jixiao.server.exchange;

import java.util.Locale;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.evaluation.ListRequest;
import org.jixiao.server.org.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Official tables through the API: one evaluation, or all the list's filter matches, as .xlsx or .pdf; blank templates. */
@RestController
@RequestMapping("/api/evaluations")
class ExportApiController {
    /** Why an export or import was refused. */
    record Refused(int status, String error) {
    }

    private final Exports exports;
    private final Templates templates;
    private final MessageSource messages;

    ExportApiController(Exports exports, Templates templates, MessageSource messages) {
        this.exports = exports;
        this.templates = templates;
        this.messages = messages;
    }

    /** The evaluation as its official table: {@code format=xlsx|pdf}. */
    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String format) {
        return ExportController.download(exports.one(id, ExportFormat.of(format), user));
    }

    /**
     * Every evaluation the list's filters match (not one page: all, up to {@value Exports#MAX_TABLES}) as one
     * workbook with a summary sheet in {@code unit}, or one PDF.
     */
    @GetMapping("/export")
    ResponseEntity<byte[]> matching(@AuthenticationPrincipal CurrentUser user, @ParameterObject ListRequest request,
                                    @RequestParam String format, @RequestParam(defaultValue = "WAN_YUAN") CurrencyUnit unit) {
        return ExportController.download(exports.matching(request.filter(), ExportFormat.of(format), unit, user));
    }

    /** The blank .xlsx template of a scheme ({@code national-2020}, {@code suzhou-2023}). */
    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam String scheme) {
        return ExportController.download(templates.of(scheme));
    }

    @ExceptionHandler(ExchangeException.class)
    ResponseEntity<Refused> refused(ExchangeException e, Locale locale) {
        return ResponseEntity.badRequest()
                .body(new Refused(HttpStatus.BAD_REQUEST.value(), messages.getMessage(e.messageKey(), e.args(), locale)));
    }
}
