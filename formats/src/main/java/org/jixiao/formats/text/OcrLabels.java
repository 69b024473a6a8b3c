package org.jixiao.formats.text;

/**
 * What text recognition makes of the funding block's labels: one character of a label misread ("年初预匏数" for
 * 年初预算数, "全年执行故" for 全年执行数). In run-on text a label read so is a cell edge like the label itself, and the
 * cell is the label as the form prints it. Only labels of five characters or more, where one slip leaves four right,
 * and never the first character, which anchors the match.
 */
final class OcrLabels {
    private static final String[] LABELS = {"年初预算数", "全年预算数", "全年执行数", "调整后预算数", "年度资金总额"};

    private OcrLabels() {
    }

    /** The label that starts at {@code i} with at most one character misread, or null (also when it is exact). */
    static String at(String s, int i) {
        char first = s.charAt(i);
        if (first != '年' && first != '全' && first != '调') {
            return null; // the cheap test first: this runs at every character of a run-on line
        }
        for (String l : LABELS) {
            if (l.charAt(0) != first || i + l.length() > s.length()) {
                continue;
            }
            int slips = 0;
            for (int k = 1; k < l.length() && slips <= 1; k++) {
                char c = s.charAt(i + k);
                if (c != l.charAt(k)) {
                    slips++;
                    if (!isCjk(c)) {
                        slips = 2; // a slip reads another character, not a space, a figure or a bracket
                    }
                }
            }
            if (slips == 1) {
                return l;
            }
        }
        return null;
    }

    /**
     * The form's own word 项目 as recognition misreads it in run-on text — its 目 as the letters "Fl" (项Fl资金, 项Fl实施),
     * its 项 as 顼 (顼目产出) — written as the form prints it, so that class labels and figures after it are told.
     */
    static String words(String s) {
        if (s.indexOf("项Fl") < 0 && s.indexOf("顼目") < 0) {
            return s;
        }
        return s.replace("项Fl", "项目").replace("顼目", "项目");
    }

    private static boolean isCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
