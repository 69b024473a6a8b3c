package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import org.jixiao.core.text.Numbers;

/**
 * A cell that reads as "[sign] number [unit]": {@code =30个}, {@code >=90%}, {@code ≥100百分比},
 * {@code ≤2次}, {@code 3 个}, {@code 375,000}. A cell with more than that ("24小时内", "新建100个，运维180个")
 * is no quantity: it stays text.
 */
public record Quantity(Operator sign, BigDecimal value, String unit) {

    private static final String QUALIFIERS = "内前后以不达约及和至或，,、；;。:：（()）【】[]~～";
    private static final int MAX_UNIT_LENGTH = 5;

    /** Parses a cell; null when it is not a quantity. {@code sign} is null when none is printed. */
    public static Quantity parse(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        Operator sign = null;
        int i = signLength(s);
        if (i > 0) {
            sign = Operator.parse(s.substring(0, i));
            s = s.substring(i).strip();
        }
        int end = numberEnd(s);
        if (end == 0) {
            return null;
        }
        BigDecimal value = Numbers.parseRange(s, 0, end);
        if (value == null) {
            return null;
        }
        String unit = s.substring(end).strip();
        if (!isSimpleUnit(unit)) {
            return null;
        }
        if (unit.equals("％")) {
            unit = "%";
        }
        return new Quantity(sign, value, unit);
    }

    private static int signLength(String s) {
        int i = 0;
        while (i < s.length() && i < 2 && "<>=≥≤＜＞＝≧≦".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int numberEnd(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = Numbers.ascii(s.charAt(i));
            boolean numeric = (c >= '0' && c <= '9') || c == '.' || (c == ',' && s.charAt(i) == ',')
                    || ((c == '-' || c == '+') && i == 0);
            if (!numeric) {
                break;
            }
            i++;
        }
        return i;
    }

    static boolean isSimpleUnit(String unit) {
        if (unit.length() > MAX_UNIT_LENGTH) {
            return false;
        }
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (QUALIFIERS.indexOf(c) >= 0 || Character.isDigit(c) || Numbers.ascii(c) != c && c != '％') {
                return false;
            }
        }
        return true;
    }
}
