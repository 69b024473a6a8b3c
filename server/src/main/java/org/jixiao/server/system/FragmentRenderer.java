package org.jixiao.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A part of a page rendered to text, with what its view would give it (messages, links, {@code @bean} calls), so that
 * the part can be kept ({@link org.jixiao.server.common.GlanceCache}) while the rest of the page — the signed-in
 * person, their messages, the sign-out form's token — is rendered for each request.
 */
@Component
public class FragmentRenderer {
    private final ISpringTemplateEngine engine;
    private final ApplicationContext context;

    FragmentRenderer(ISpringTemplateEngine engine, ApplicationContext context) {
        this.engine = engine;
        this.context = context;
    }

    public String render(String template, Map<String, Object> model, HttpServletRequest request,
                         HttpServletResponse response, Locale locale) {
        WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, model);
        page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return engine.process(template, page);
    }
}
