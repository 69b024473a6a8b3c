package org.jixiao.server.system;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** What a page shows when it cannot be done: not found (or out of scope), forbidden, locked. */
@ControllerAdvice(basePackages = "org.jixiao.server")
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return error(response, 404, "error.notFound", model);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletResponse response, Model model) {
        return error(response, 403, e.messageKey(), model);
    }

    @ExceptionHandler(LockedEvaluationException.class)
    String locked(HttpServletResponse response, Model model) {
        return error(response, 409, "error.locked", model);
    }

    private static String error(HttpServletResponse response, int status, String key, Model model) {
        response.setStatus(status);
        model.addAttribute("messageKey", key);
        return "error";
    }
}
