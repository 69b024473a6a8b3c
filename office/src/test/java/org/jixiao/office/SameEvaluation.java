package org.jixiao.office;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Field-for-field comparison of evaluations after a round trip: every field of every record, except the source
 * line (a workbook row or a PDF line is not the line of the text it came from); amounts equal by value, so 272.20
 * read back as 272.2 is the same amount.
 */
public final class SameEvaluation {
    private SameEvaluation() {
    }

    /** The paths at which the two differ, empty when they are the same. */
    public static List<String> differences(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private static void compare(String path, Object a, Object b, List<String> out) {
        if (a == null || b == null) {
            if (a != b) {
                out.add(path + ": " + a + " ≠ " + b);
            }
            return;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            if (x.compareTo(y) != 0) {
                out.add(path + ": " + x + " ≠ " + y);
            }
            return;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                out.add(path + ": " + x.size() + " items ≠ " + y.size());
                return;
            }
            for (int i = 0; i < x.size(); i++) {
                compare(path + "[" + i + "]", x.get(i), y.get(i), out);
            }
            return;
        }
        if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (c.getName().equals("line")) {
                    continue;
                }
                try {
                    compare(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        if (!a.equals(b)) {
            out.add(path + ": " + a + " ≠ " + b);
        }
    }
}
