package org.jixiao.server.system;

import java.util.List;
import java.util.Locale;
import org.jixiao.server.common.OptionTags;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;


/**
 * The {@code <option>}s of an organisation picker written in one piece: a province's picker has hundreds of them, and
 * as a {@code th:each} each option cost several expressions and a message look-up — most of a 复核 or 概览 page.
 * Every name is HTML-escaped ({@link OptionTags}); the template inserts the result with {@code th:utext}.
 */
@Component
public class OrganisationOptions {
    private final MessageSource messages;

    OrganisationOptions(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param indent each option indented by its depth (full-width spaces), as the overview's tree picker shows them
     */
    public String html(List<Organisation> organisations, long selected, boolean indent, Locale locale) {
        StringBuilder out = new StringBuilder(organisations.size() * 64);
        for (Organisation o : organisations) {
            String label = o.kind() == OrgKind.FINANCE_BUREAU
                    ? messages.getMessage("recheck.region", new Object[] {o.region(), o.name()}, locale) : o.name();
            String shown = label == null ? "" : label;
            OptionTags.append(out, o.id(), indent ? "\u3000".repeat(o.depth()) + shown : shown, o.id() == selected);
        }
        return out.toString();
    }
}
