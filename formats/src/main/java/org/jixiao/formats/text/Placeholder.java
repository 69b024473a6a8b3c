package org.jixiao.formats.text;

import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.formats.text.IndicatorColumns.Field;

/**
 * The rows a template leaves for more indicators, printed as they were: "……", "…", "/", "——". They are no
 * indicators: the reader skips them and counts them, rather than taking "……" for a name.
 */
final class Placeholder {
    private static final Pattern MARKS = Pattern.compile("[.。…·/／\\\\、\\-—－_＿\\s]+");

    private Placeholder() {
    }

    static boolean is(String cell) {
        return cell != null && !cell.isBlank() && MARKS.matcher(cell.strip()).matches();
    }

    /** Every value of the row is a placeholder or empty: nothing was filled in. */
    static boolean onlyPlaceholders(Map<Field, String> cells) {
        for (Map.Entry<Field, String> e : cells.entrySet()) {
            if (e.getKey() != Field.LEVEL1 && e.getKey() != Field.LEVEL2 && !e.getValue().isBlank() && !is(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
