package org.jixiao.core.scoring.rules;

import org.jixiao.core.scoring.Scheme;

/** A scheme lists a rule kind without the option it needs: refused naming both, in Chinese and English. */
final class SchemeOptionMissing {
    private SchemeOptionMissing() {
    }

    static IllegalArgumentException of(Scheme scheme, String rule, String field) {
        return new IllegalArgumentException("scheme " + scheme.id() + " lists rule " + rule + " but has no \"" + field
                + "\" / 评分方案 " + scheme.id() + " 列出了规则 " + rule + "，但缺少字段 \"" + field + "\"");
    }
}
