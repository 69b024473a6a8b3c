package org.jixiao.server.common;

import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Input refused by a rule checked after binding (a row that does not exist, a reason missing): the field errors,
 * each named as the caller wrote it. Spring's MethodArgumentNotValidException needs a method parameter to describe
 * itself, which a rule checked in the controller does not have.
 */
public class InvalidFieldsException extends RuntimeException {
    private final transient Errors errors;
    private final String prefix;

    /**
     * @param prefix what the field names of {@code errors} are relative to in the request body ("evaluation." for
     *               the form inside a create request), or ""
     */
    public InvalidFieldsException(Errors errors, String prefix) {
        super("invalid fields: " + errors.getFieldErrorCount());
        this.errors = errors;
        this.prefix = prefix;
    }

    public List<FieldError> fieldErrors() {
        return errors.getFieldErrors();
    }

    public String field(FieldError error) {
        return prefix + error.getField();
    }
}
