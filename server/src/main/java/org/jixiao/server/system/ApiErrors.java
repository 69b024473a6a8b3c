package org.jixiao.server.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.common.FindingJson;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.common.SubmissionBlockedException;
import org.jixiao.server.common.WorkflowException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** The API's errors as JSON: a message in the caller's language and, for bad input, one entry per field. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {
    /** One field's problem. */
    record FieldProblem(String field, String message) {
    }

    /** The body of an error response. */
    record Problem(int status, String error, List<FieldProblem> errors, List<AuditEntry> changes, List<FindingJson> findings) {
    }

    private final MessageSource messages;
    private final AuditTrail audit;

    ApiErrors(MessageSource messages, AuditTrail audit) {
        this.messages = messages;
        this.audit = audit;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Problem> notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "error.notFound", locale, List.of(), null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Problem> forbidden(ForbiddenException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, e.messageKey(), locale, List.of(), null);
    }

    @ExceptionHandler(LockedEvaluationException.class)
    ResponseEntity<Problem> locked(Locale locale) {
        return problem(HttpStatus.CONFLICT, "error.locked", locale, List.of(), null);
    }

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<Problem> workflow(WorkflowException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, e.messageKey(), locale, List.of(), null);
    }

    /** 送审 refused while findings of severity error stand: 422 with those findings. */
    @ExceptionHandler(SubmissionBlockedException.class)
    ResponseEntity<Problem> blocked(SubmissionBlockedException e, Locale locale) {
        List<FindingJson> findings = e.errors().stream().map(f -> FindingJson.of(f, locale)).toList();
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(new Problem(status.value(),
                messages.getMessage("error.submitBlocked", new Object[] {findings.size()}, locale), List.of(), null, findings));
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<Problem> conflict(EditConflictException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "error.conflict", locale, List.of(), audit.since(e.evaluationId(), e.yourVersion()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Problem> invalid(MethodArgumentNotValidException e, Locale locale) {
        return fieldProblems(e.getBindingResult().getFieldErrors(), FieldError::getField, locale);
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<Problem> invalidFields(InvalidFieldsException e, Locale locale) {
        return fieldProblems(e.fieldErrors(), e::field, locale);
    }

    private ResponseEntity<Problem> fieldProblems(List<FieldError> errors, Function<FieldError, String> name, Locale locale) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError f : errors) {
            fields.add(new FieldProblem(name.apply(f), messages.getMessage(f, locale)));
        }
        return problem(HttpStatus.BAD_REQUEST, "form.errors", locale, fields, null, fields.size());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Problem> invalidParameters(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "typeMismatch", locale, List.of(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "typeMismatch", locale,
                List.of(new FieldProblem(e.getName(), messages.getMessage("typeMismatch", null, locale))), null);
    }

    /** Unreadable JSON: text in a number field, an unknown choice, a malformed document. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, Locale locale) {
        String field = "";
        String key = "typeMismatch";
        if (e.getCause() instanceof InvalidFormatException f && f.getTargetType() == String.class
                && f.getOriginalMessage().equals(SafeStrings.UNSAFE)) {
            key = "validation.unsafeText";
            field = path(f);
        } else if (e.getCause() instanceof JacksonException j) {
            field = path(j);
            String target = j.getMessage() == null ? "" : j.getMessage();
            if (target.contains("BigDecimal") || target.contains("java.lang.Integer") || target.contains("`int`")) {
                key = target.contains("BigDecimal") ? "typeMismatch.java.math.BigDecimal" : "typeMismatch.java.lang.Integer";
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "typeMismatch", locale,
                List.of(new FieldProblem(field, messages.getMessage(key, null, locale))), null);
    }

    static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private ResponseEntity<Problem> problem(HttpStatus status, String key, Locale locale, List<FieldProblem> fields,
                                            List<AuditEntry> changes, Object... args) {
        return ResponseEntity.status(status)
                .body(new Problem(status.value(), messages.getMessage(key, args, key, locale), fields, changes, null));
    }
}
