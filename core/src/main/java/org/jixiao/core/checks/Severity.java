package org.jixiao.core.checks;

/** How much a finding matters to a reviewer. */
public enum Severity {
    /** A figure is wrong or a rule is broken. */
    ERROR,
    /** Something a reviewer should look at and probably have corrected. */
    WARNING,
    /** Worth knowing; nothing to correct (an assumption the engine made, say). */
    NOTICE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
