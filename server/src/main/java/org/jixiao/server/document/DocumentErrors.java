package org.jixiao.server.document;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A document's conflicts (409) through the API, as one JSON document like every API error, and on pages. */
final class DocumentErrors {
    private DocumentErrors() {
    }

    /** The body of a document's conflict: the message and what the other person changed meanwhile. */
    record Problem(int status, String error, List<Object> errors, List<DocumentEntry> changes, Long existingId) {
    }

    @RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class Api {
        private final MessageSource messages;
        private final DocumentHistory history;

        Api(MessageSource messages, DocumentHistory history) {
            this.messages = messages;
            this.history = history;
        }

        @ExceptionHandler(DocumentConflictException.class)
        ResponseEntity<Problem> conflict(DocumentConflictException e, Locale locale) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem(409,
                    messages.getMessage("document.error.conflict", null, locale), List.of(),
                    history.since(e.document(), e.yourVersion()), null));
        }

        @ExceptionHandler(DuplicateDocumentException.class)
        ResponseEntity<Problem> duplicate(DuplicateDocumentException e, Locale locale) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem(409,
                    messages.getMessage(e.messageKey(), null, locale), List.of(), List.of(), e.existingId()));
        }
    }

    @ControllerAdvice(basePackages = "org.jixiao.server")
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    static class Pages {
        @ExceptionHandler(DocumentConflictException.class)
        String conflict(HttpServletResponse response, Model model) {
            response.setStatus(409);
            model.addAttribute("messageKey", "document.error.conflict");
            return "error";
        }

        @ExceptionHandler(DuplicateDocumentException.class)
        String duplicate(DuplicateDocumentException e, HttpServletResponse response, Model model) {
            response.setStatus(409);
            model.addAttribute("messageKey", e.messageKey());
            return "error";
        }
    }
}
