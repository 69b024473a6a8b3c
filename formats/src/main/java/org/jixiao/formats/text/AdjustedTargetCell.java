package org.jixiao.formats.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target cell of a self-evaluation whose target an approved adjustment changed, printed with both:
 * "调整后：≥400人次（年初：≥500人次）" (office's OriginalTargets writes it so). The target the row is scored against is
 * the adjusted one; the original is what the table shows beside it.
 */
final class AdjustedTargetCell {
    private static final Pattern BOTH = Pattern.compile("^调整后[:：]\\s*(.*?)\\s*[（(]\\s*年初[:：].*[)）]$", Pattern.DOTALL);

    private AdjustedTargetCell() {
    }

    /** The target in force: the adjusted one of a cell that prints both, else the cell as it is. */
    static String current(String cell) {
        if (cell == null || !cell.strip().startsWith("调整后")) {
            return cell;
        }
        Matcher m = BOTH.matcher(cell.strip());
        return m.matches() ? m.group(1) : cell;
    }
}
