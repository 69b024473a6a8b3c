package org.jixiao.formats.text;

import java.util.List;

/**
 * A yes-or-no indicator (公众知晓度是否明显提高) run together with its answer (是 / 否) in text with no separators:
 * "公众知晓度是否明显提高是" is the name and the target 是. Cut where the question ends, never inside 是否 itself.
 */
final class GluedAnswer {
    private GluedAnswer() {
    }

    static GluedFigures.Cut cut(String cell) {
        String s = cell.strip();
        int q = s.indexOf("是否");
        if (q < 0 || s.length() < q + 5) {
            return null; // no question, or nothing between 是否 and a last character to be its answer
        }
        char last = s.charAt(s.length() - 1);
        if (last != '是' && last != '否') {
            return null;
        }
        String name = s.substring(0, s.length() - 1);
        return new GluedFigures.Cut(List.of(name, String.valueOf(last)), "指标值", "inference.glued_answer");
    }
}
