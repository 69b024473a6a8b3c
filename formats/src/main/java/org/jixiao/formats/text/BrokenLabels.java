package org.jixiao.formats.text;

/**
 * A narrow merged cell wraps its label, and extraction gives the wrapped half a line of its own: "社会效益" then
 * "指标", "总体" then "目标". The half is joined back to the line before it where the two make a label of the form.
 */
final class BrokenLabels {
    private static final java.util.Set<String> TAILS = java.util.Set.of("指标", "目标");

    private BrokenLabels() {
    }

    static String[] join(String[] lines) {
        String[] out = lines.clone();
        int previous = -1;
        for (int i = 0; i < out.length; i++) {
            String s = out[i].strip();
            if (s.isEmpty()) {
                continue;
            }
            if (previous >= 0 && TAILS.contains(s) && makesLabel(out[previous].strip(), s)) {
                out[previous] = out[previous].stripTrailing() + s;
                out[i] = "";
                continue;
            }
            previous = i;
        }
        return out;
    }

    private static boolean makesLabel(String before, String tail) {
        int cut = Math.max(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')), before.lastIndexOf('|'));
        String last = before.substring(cut + 1);
        String joined = last + tail;
        return Vocabulary.isLevelLabel(joined) || joined.equals("总体目标") || joined.equals("年度目标");
    }
}
