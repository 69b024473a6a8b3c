package org.jixiao.formats.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What text recognition makes of figures: letters for digits in a cell that is otherwise a number ("IO" for 10,
 * "1O.5"), and a "≥" read as a "2" before a percentage ("290%" for ≥90%, a rate no target of a form is set at).
 * Each repair is marked inferred.
 */
final class OcrSlips {
    private static final Pattern LETTER_DIGITS = Pattern.compile("^[0-9IlOo]{1,4}(\\.[0-9IlOo]{1,2})?$");
    private static final Pattern GE_AS_TWO = Pattern.compile("^2([5-9]\\d)([%％])$");

    /** A repaired cell and why (a key of the reader's bundle and its arguments). */
    record Repair(String cell, String key, Object... args) {
    }

    private OcrSlips() {
    }

    static Repair repair(String cell) {
        String c = cell.strip();
        if (LETTER_DIGITS.matcher(c).matches() && !c.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')
                && c.chars().anyMatch(ch -> ch == 'I' || ch == 'O' || ch == 'l' || ch == 'o') && c.length() > 1) {
            String digits = c.replace('I', '1').replace('l', '1').replace('O', '0').replace('o', '0');
            return new Repair(digits, "inference.ocr_digits", c, digits);
        }
        Matcher m = GE_AS_TWO.matcher(c);
        if (m.matches()) {
            String fixed = "≥" + m.group(1) + m.group(2);
            return new Repair(fixed, "inference.ocr_ge", c, fixed);
        }
        return null;
    }
}
