package org.jixiao.server.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A refused form's messages by field path, in the reader's language: what the one field fragment
 * (templates/fragments/field.html) shows under each control, as {@code fieldErrors}.
 */
public final class FieldMessages {
    private FieldMessages() {
    }

    public static Map<String, String> of(BindingResult binding, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            byField.merge(error.getField(), messages.getMessage(error, locale), (first, next) -> first + " " + next);
        }
        return byField;
    }
}
