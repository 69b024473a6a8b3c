package org.jixiao.server.exchange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses in words an import upload of more parts than Tomcat takes ({@code server.tomcat.max-part-count}, room for
 * {@link ImportLimits#MAX_FILES} files) or larger than the multipart limits. Tomcat only finds out while it parses
 * the parts, and the first to ask for a parameter (the locale interceptor) would get an exception and the user an
 * empty 413; so this filter, placed after sign-in is checked, parses them first and answers with the limits.
 */
class UploadPartsFilter extends OncePerRequestFilter {
    private final Notes notes;

    UploadPartsFilter(Notes notes) {
        this.notes = notes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !UploadSizeFilter.isImportUpload(request) || request.getContentType() == null
                || !request.getContentType().toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | ServletException overALimit) {
            UploadSizeFilter.refuse(request, response, notes.overLimits());
            return;
        }
        chain.doFilter(request, response);
    }
}
