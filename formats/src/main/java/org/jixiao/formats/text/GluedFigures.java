package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Figures run together with nothing between them ("6363100%" for 63 | 63 | 100%, "102370人" before "2370人" for
 * 10 | 2370人). Every way to cut the digits is a candidate; the one kept is the one the table's own arithmetic bears
 * out — the execution rate equal to executed ÷ budget at the printed precision, a weight before a target that the
 * actual repeats — and it is marked inferred. Where no candidate checks out the cell stays as printed.
 */
final class GluedFigures {
    private static final Pattern AMOUNTS_AND_RATE = Pattern.compile("^[\\d.]{5,}[%％]$");
    private static final Pattern DIGITS_FIRST = Pattern.compile("^\\d");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A cell cut into several, and why (a key of the reader's bundle and its arguments). */
    record Cut(List<String> cells, String field, String key, Object... args) {
    }

    private GluedFigures() {
    }

    /**
     * Amounts then a rate in one cell: the cut whose last amount ÷ the one before it, in percent, gives the printed
     * rate; null when no cut does.
     */
    static Cut amountsAndRate(String cell) {
        String c = cell.strip();
        if (!AMOUNTS_AND_RATE.matcher(c).matches()) {
            return null;
        }
        String digits = c.substring(0, c.length() - 1);
        List<List<String>> cuts = new ArrayList<>();
        cuts(digits, 0, 3, new ArrayList<>(), cuts);
        cuts(digits, 0, 4, new ArrayList<>(), cuts);
        List<String> best = null;
        BigDecimal bestGap = null;
        for (List<String> parts : cuts) {
            BigDecimal gap = gap(parts);
            // the cut whose rate the division gives most exactly; of two as exact, the one of fewer amounts
            if (gap != null && (bestGap == null || gap.compareTo(bestGap) < 0)) {
                best = parts;
                bestGap = gap;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> cells = new ArrayList<>(best.subList(0, best.size() - 1));
        cells.add(best.get(best.size() - 1) + "%");
        return new Cut(cells, "执行率", "inference.glued_rate", String.join(" | ", cells));
    }

    /**
     * How far executed ÷ budget × 100 lies from the printed rate, when it rounds to it at the rate's precision;
     * null when it does not.
     */
    private static BigDecimal gap(List<String> parts) {
        BigDecimal rate = new BigDecimal(parts.get(parts.size() - 1));
        BigDecimal base = new BigDecimal(parts.get(parts.size() - 3));
        BigDecimal executed = new BigDecimal(parts.get(parts.size() - 2));
        if (base.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(300)) > 0) {
            return null;
        }
        BigDecimal exact = executed.multiply(HUNDRED).divide(base, 6, RoundingMode.HALF_UP);
        if (exact.setScale(Math.max(rate.scale(), 0), RoundingMode.HALF_UP).compareTo(rate) != 0) {
            return null;
        }
        return exact.subtract(rate).abs();
    }

    /** Every way to cut {@code s} from {@code at} into {@code n} well-formed numbers. */
    private static void cuts(String s, int at, int n, List<String> parts, List<List<String>> out) {
        if (n == 1) {
            String last = s.substring(at);
            if (wellFormed(last)) {
                List<String> all = new ArrayList<>(parts);
                all.add(last);
                out.add(all);
            }
            return;
        }
        for (int end = at + 1; end < s.length(); end++) {
            String part = s.substring(at, end);
            if (wellFormed(part)) {
                parts.add(part);
                cuts(s, end, n - 1, parts, out);
                parts.remove(parts.size() - 1);
            }
        }
    }

    /** A number as tables print them: no leading zero, at most one point, at most two decimals. */
    static boolean wellFormed(String n) {
        if (n.isEmpty() || n.startsWith(".") || n.endsWith(".") || n.indexOf('.') != n.lastIndexOf('.')) {
            return false;
        }
        if (n.length() > 1 && n.charAt(0) == '0' && n.charAt(1) != '.') {
            return false;
        }
        int point = n.indexOf('.');
        return point < 0 || n.length() - point - 1 <= 2;
    }

    /**
     * A weight run into the target after it: the actual that follows repeats the target ("102370人", "2370人"), so
     * the digits before the repeat are the weight.
     */
    static Cut weightBeforeTarget(String cell, String next) {
        String c = cell.strip();
        String n = next.strip();
        if (n.isEmpty() || !DIGITS_FIRST.matcher(n).find() || c.length() <= n.length() || !c.endsWith(n)) {
            return null;
        }
        String weight = c.substring(0, c.length() - n.length());
        if (!weight.chars().allMatch(Character::isDigit) || !wellFormed(weight) || Integer.parseInt(weight) > 100
                || Integer.parseInt(weight) == 0) {
            return null;
        }
        return new Cut(List.of(weight, n), "分值", "inference.glued_weight", c, weight);
    }

    /**
     * The funding row's 分值 and 得分 run together after its rate ("2020" for 20 | 20, "109" for 10 | 9): the cut whose
     * weight is an execution weight the forms use (10 or 20) and whose score is within it; null when no cut, or more
     * than one, does. A score of 0 is never cut off this way: "100" is a figure of its own far more often.
     */
    static Cut weightAndScore(String cell) {
        String c = cell.strip();
        if (c.length() < 2 || c.length() > 7 || !Character.isDigit(c.charAt(0))
                || !c.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            return null;
        }
        Cut found = null;
        for (int at = 1; at < c.length(); at++) {
            String w = c.substring(0, at);
            String s = c.substring(at);
            if (!wellFormed(w) || !wellFormed(s) || s.equals("0")) {
                continue;
            }
            BigDecimal weight = new BigDecimal(w);
            if (weight.compareTo(BigDecimal.TEN) != 0 && weight.compareTo(BigDecimal.valueOf(20)) != 0
                    || new BigDecimal(s).compareTo(weight) > 0) {
                continue;
            }
            if (found != null) {
                return null; // two readings the arithmetic cannot tell apart
            }
            found = new Cut(List.of(w, s), "分值", "inference.glued_weight_score", c, w, s);
        }
        return found;
    }

    /**
     * A target and an actual that are the same, run together: "高高", "00", "100%100%" — the two halves of the cell
     * are one value twice.
     */
    static Cut sameTwice(String cell) {
        return sameTwice(cell, 6);
    }

    /** As {@link #sameTwice(String)}, each half at most {@code longest} characters (words of a target after a weight). */
    static Cut sameTwice(String cell, int longest) {
        String c = cell.strip();
        int half = c.length() / 2;
        if (c.length() < 2 || c.length() % 2 != 0 || half > longest || !c.substring(0, half).equals(c.substring(half))) {
            return null;
        }
        String v = c.substring(0, half);
        return new Cut(List.of(v, v), "实际完成值", "inference.same_twice", c, v);
    }
}
