package org.jixiao.server.attachment;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An upload refused, as the API's one JSON error document: the status and the reason in Chinese and English. */
@RestControllerAdvice(assignableTypes = AttachmentApiController.class)
class AttachmentErrors {
    /** The body of the refusal. */
    record Problem(int status, String error) {
    }

    private final MessageSource messages;

    AttachmentErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AttachmentRefusedException.class)
    ResponseEntity<Problem> refused(AttachmentRefusedException e) {
        return ResponseEntity.status(e.status()).body(new Problem(e.status(), bilingual(messages, e)));
    }

    /** "中文 / English", as the bulk import's refusals are. */
    static String bilingual(MessageSource messages, AttachmentRefusedException e) {
        String zh = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.CHINESE);
        String en = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH);
        return zh.equals(en) ? zh : zh + " / " + en;
    }
}
