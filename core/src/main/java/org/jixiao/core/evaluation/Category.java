package org.jixiao.core.evaluation;

import org.jixiao.core.text.Text;

/**
 * The first-level class of an indicator, whatever words the table uses for it
 * (产出指标, 产出目标, 产出 …). Schemes give weights and bands per category.
 */
public enum Category {
    DECISION("决策"), PROCESS("过程"), INPUT("投入"), OUTPUT("产出"), BENEFIT("效益"), SATISFACTION("满意度"), OTHER("");

    private final String stem;

    Category(String stem) {
        this.stem = stem;
    }

    public String stem() {
        return stem;
    }

    /** The category a 一级 label names: "产出指标" → OUTPUT, "效益目标" → BENEFIT; OTHER when none. */
    public static Category ofLevel1(String label) {
        String k = Text.key(label);
        if (k.isEmpty()) {
            return OTHER;
        }
        for (Category c : values()) {
            if (c != OTHER && k.startsWith(c.stem)) {
                return c;
            }
        }
        if (k.contains("满意")) {
            return SATISFACTION;
        }
        return k.contains("结果") ? BENEFIT : OTHER;
    }

    /** The category a 二级 label belongs to: 数量指标 → OUTPUT, 社会效益 → BENEFIT; OTHER when unknown. */
    public static Category ofLevel2(String label) {
        String k = Text.key(label);
        if (k.isEmpty()) {
            return OTHER;
        }
        if (k.contains("满意")) {
            return SATISFACTION;
        }
        if (k.contains("效益") || k.startsWith("可持续")) {
            return BENEFIT;
        }
        if (k.startsWith("数量") || k.startsWith("质量") || k.startsWith("时效") || k.contains("成本")) {
            return OUTPUT;
        }
        return OTHER;
    }
}
