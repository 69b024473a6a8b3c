package org.jixiao.core.monitoring;

/** 完成目标可能性: how likely the unit judges the target to be reached by the year's end. */
public enum Likelihood {
    CERTAIN("确定能", "certain"), POSSIBLE("有可能", "possible"), IMPOSSIBLE("完全不可能", "impossible");

    private final String label;
    private final String en;

    Likelihood(String label, String en) {
        this.label = label;
        this.en = en;
    }

    public String label() {
        return label;
    }

    public String label(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? label : en;
    }
}
