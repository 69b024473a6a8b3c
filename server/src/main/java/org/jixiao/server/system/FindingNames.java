package org.jixiao.server.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A finding's code by the name people use ("执行率计算不符" / "Execution rate miscalculated"), not
 * ARITHMETIC_EXECUTION_RATE: for templates, as {@code @findingNames}. A code without a name is shown as it is.
 */
@Component("findingNames")
public class FindingNames {
    private final MessageSource messages;

    FindingNames(MessageSource messages) {
        this.messages = messages;
    }

    public String name(String code, Locale locale) {
        return code == null ? "" : messages.getMessage("finding." + code, null, code, locale);
    }
}
