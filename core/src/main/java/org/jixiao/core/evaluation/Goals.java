package org.jixiao.core.evaluation;

/** 年度总体目标: what was declared (预期目标) and what was achieved (实际完成情况), free text. */
public record Goals(String declared, String achieved) {
    public static Goals none() {
        return new Goals("", "");
    }

    public Goals {
        declared = declared == null ? "" : declared.strip();
        achieved = achieved == null ? "" : achieved.strip();
    }
}
