package org.jixiao.core.monitoring;

/** 偏差原因: why an indicator or the budget runs behind (any of them, with text). */
public enum DeviationCause {
    FUNDING("经费保障"), RULES("制度保障"), STAFF("人员保障"), HARDWARE("硬件条件保障"), OTHER("其他");

    private final String label;

    DeviationCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
