package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column that repeats the same words on every row (the reason column's "达成预期指标", a qualitative actual's
 * "已完成"), run together with the next row's name: words that recur right after a row's figures are a cell of their
 * own. Recurring words inside names ("森林火灾…") do not follow figures, and stay in the names.
 */
final class RepeatedCells {
    private static final int SHORTEST = 3;
    private static final int LONGEST = 10;
    private static final int AT_LEAST = 3;
    private static final String AFTER_FIGURE = "0123456789%％‰个件人次起元吨户是否";

    private RepeatedCells() {
    }

    /**
     * The repeated cells of a run-on line, longest first: the words that follow figures most often win, the longer
     * of two as often.
     */
    static List<String> in(String s) {
        Map<String, Integer> counts = new HashMap<>();
        for (int len = LONGEST; len >= SHORTEST; len--) {
            for (int i = 1; i + len <= s.length(); i++) {
                if (!afterFigure(s, i)) {
                    continue;
                }
                String w = s.substring(i, i + len);
                if (allCjk(w) && !counts.containsKey(w)) {
                    counts.put(w, afterFigures(s, w));
                }
            }
        }
        List<String> candidates = new ArrayList<>();
        counts.forEach((w, n) -> {
            if (n >= AT_LEAST && standsAloneOnce(s, w)) {
                candidates.add(w);
            }
        });
        candidates.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> -w.length()));
        List<String> found = new ArrayList<>();
        for (String w : candidates) {
            if (!covered(found, w)) {
                found.add(w);
            }
        }
        found.sort(Comparator.comparing(w -> -w.length()));
        return found;
    }

    /** The repeated cell starting at {@code i}, or null. */
    static String at(List<String> cells, String s, int i) {
        for (String c : cells) {
            if (s.startsWith(c, i)) {
                return c;
            }
        }
        return null;
    }

    private static int afterFigures(String s, String w) {
        int n = 0;
        for (int at = s.indexOf(w, 1); at > 0; at = s.indexOf(w, at + w.length())) {
            if (afterFigure(s, at)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The end of a figure is just before {@code i}: a digit or a percent sign, a unit right after a digit ("500人", not
     * the 人 of "人才"), or 是 / 否.
     */
    private static boolean afterFigure(String s, int i) {
        char c = s.charAt(i - 1);
        if (AFTER_FIGURE.indexOf(c) < 0) {
            return false;
        }
        if (Character.isDigit(c) || c == '%' || c == '％' || c == '‰' || c == '是' || c == '否') {
            return true;
        }
        int k = i - 1;
        while (k > 0 && AFTER_FIGURE.indexOf(s.charAt(k - 1)) >= 0 && !Character.isDigit(s.charAt(k - 1)) && i - k < 3) {
            k--; // a unit of two characters: 人次
        }
        return k > 0 && Character.isDigit(s.charAt(k - 1));
    }

    /** Once at least the words are followed by a label of the form, a figure or the end: a cell, not a name's start. */
    private static boolean standsAloneOnce(String s, String w) {
        for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
            int end = at + w.length();
            if (end >= s.length() || Character.isDigit(s.charAt(end)) || RunOnText.labelAt(s, end) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<String> found, String w) {
        for (String f : found) {
            if (f.contains(w) || w.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCjk(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 0x4E00 || c > 0x9FFF) {
                return false;
            }
        }
        return true;
    }
}
