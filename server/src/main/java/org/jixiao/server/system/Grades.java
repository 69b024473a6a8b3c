package org.jixiao.server.system;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The grades 优 / 良 / 中 / 差 by the name of the page's language (Excellent / Good / Fair / Poor on English pages). The
 * stored grade and the API keep 优 / 良 / 中 / 差 in every language; a grade of another scheme is shown as it is.
 */
@Component("grades")
public class Grades {
    private static final Map<String, String> KEYS = Map.of("优", "grade.EXCELLENT", "良", "grade.GOOD", "中", "grade.FAIR",
            "差", "grade.POOR");
    private final MessageSource messages;

    Grades(MessageSource messages) {
        this.messages = messages;
    }

    public String name(String grade, Locale locale) {
        if (grade == null) {
            return "";
        }
        String key = KEYS.get(grade);
        return key == null ? grade : messages.getMessage(key, null, grade, locale);
    }
}
