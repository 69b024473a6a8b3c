package org.jixiao.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge of every form post and query: a parameter naming a list row that cannot exist ({@code indicators[-1]},
 * {@code rechecks[9999]}) is taken out of the request, since the binder would throw for it and answer 500; a value
 * holding NUL or a lone surrogate is passed on without them. Each is kept as a {@link ParameterProblem} for
 * {@link ParameterErrors} to report as a field error of the form, so the form is refused, not stored. Multipart
 * bodies are left alone: reading their parameters here would read the upload before its size is checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ParameterGuardFilter extends OncePerRequestFilter {
    static final String PROBLEMS = ParameterGuardFilter.class.getName() + ".problems";
    /** No list of a form holds more rows than this (indicators and re-checks: 200). */
    static final int MAX_ROWS = 200;
    private static final Pattern INDEX = Pattern.compile("\\[(-?\\d{1,9})]|\\[(-?\\d{10,})]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        List<ParameterProblem> problems = new ArrayList<>();
        Map<String, String[]> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String row = rowOutOfRange(p.getKey());
            if (row != null) {
                problems.add(new ParameterProblem(row, "validation.rowIndex", row, MAX_ROWS - 1));
                continue;
            }
            String[] values = p.getValue().clone();
            for (int k = 0; k < values.length; k++) {
                if (values[k] != null && UnsafeText.isUnsafe(values[k])) {
                    problems.add(new ParameterProblem(p.getKey(), "validation.unsafeText"));
                    values[k] = UnsafeText.withoutUnsafe(values[k]);
                }
            }
            kept.put(p.getKey(), values);
        }
        if (problems.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(PROBLEMS, List.copyOf(problems));
        chain.doFilter(new Guarded(request, Collections.unmodifiableMap(kept)), response);
    }

    /** The list row ({@code indicators[5000]}) a parameter names where that row cannot exist, or null. */
    static String rowOutOfRange(String name) {
        Matcher m = INDEX.matcher(name);
        while (m.find()) {
            if (m.group(2) != null || Integer.parseInt(m.group(1)) < 0 || Integer.parseInt(m.group(1)) >= MAX_ROWS) {
                return name.substring(0, m.end());
            }
        }
        return null;
    }

    private static final class Guarded extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        Guarded(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
