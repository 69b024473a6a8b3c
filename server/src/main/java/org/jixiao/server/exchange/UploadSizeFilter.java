package org.jixiao.server.exchange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses an import upload larger than {@link ImportLimits#MAX_UPLOAD_BYTES} by its Content-Length, before
 * anything reads it: no thread spends minutes receiving 500 MB only to refuse it, and Tomcat closes the
 * connection rather than swallow the rest. Uploads without a length are cut by the multipart limits instead.
 */
class UploadSizeFilter extends OncePerRequestFilter {
    /** Room for the multipart boundaries and the form fields around the files. */
    static final long SLACK = 1024 * 1024;
    private final Notes notes;

    UploadSizeFilter(Notes notes) {
        this.notes = notes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isImportUpload(request);
    }

    static boolean isImportUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod())
                && ExchangeConfig.UPLOADS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= ImportLimits.MAX_UPLOAD_BYTES + SLACK) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, notes.both("import.tooLarge", ImportLimits.megabytes(length),
                ImportLimits.megabytes(ImportLimits.MAX_UPLOAD_BYTES)));
    }

    /** Answers 413 with the message, as JSON to the API and as the upload form's error line to a page, and closes. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        boolean api = request.getRequestURI().contains("/api/");
        byte[] body = (api ? "{\"status\":413,\"error\":\"" + message.replace("\"", "'") + "\"}"
                : "<p class=\"error\" id=\"bulk-refused\">" + HtmlUtils.htmlEscape(message) + "</p>").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType((api ? "application/json" : "text/html") + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
