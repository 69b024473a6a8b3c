package org.jixiao.server.system;

import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The parameters {@link ParameterGuardFilter} refused, as field errors of the form object they were posted with
 * when it is validated ({@code @Valid}). A validator, because the binder has no form object yet when it is made.
 */
@ControllerAdvice
class ParameterErrors {

    @InitBinder
    void refused(WebDataBinder binder, WebRequest request) {
        if (request.getAttribute(ParameterGuardFilter.PROBLEMS, RequestAttributes.SCOPE_REQUEST) instanceof List<?> problems) {
            binder.addValidators(new Refused(problems));
        }
    }

    private record Refused(List<?> problems) implements Validator {
        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (!(errors instanceof BindingResult binding)) {
                return;
            }
            for (Object o : problems) {
                ParameterProblem p = (ParameterProblem) o;
                // addError, not rejectValue: a row that does not exist has no value to read
                binding.addError(new FieldError(binding.getObjectName(), p.field(), null, true,
                        new String[] {p.code()}, p.args(), p.code()));
            }
        }
    }
}
