package org.jixiao.server.common;

import org.springframework.web.util.HtmlUtils;

/**
 * A picker's {@code <option>} written by hand, its label HTML-escaped, for a template to insert with {@code th:utext}:
 * pickers of hundreds of organisations as a {@code th:each} cost several expressions an option, most of their page.
 */
public final class OptionTags {
    private OptionTags() {
    }

    public static void append(StringBuilder out, long value, String label, boolean selected) {
        out.append("<option value=\"").append(value).append('"');
        if (selected) {
            out.append(" selected=\"selected\"");
        }
        out.append('>').append(HtmlUtils.htmlEscape(label == null ? "" : label, "UTF-8")).append("</option>");
    }
}
