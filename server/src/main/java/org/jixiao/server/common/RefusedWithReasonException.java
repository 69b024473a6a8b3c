package org.jixiao.server.common;

import java.util.Locale;

/**
 * A request the rules refuse with a reason the core wrote in both languages (a declaration blocked by last year's
 * result: "2023 年度绩效评价结果为差…"): 422 through the API, the reason in the reader's language on pages.
 */
public class RefusedWithReasonException extends RuntimeException {
    private final String zh;
    private final String en;

    public RefusedWithReasonException(String zh, String en) {
        super(zh + " / " + en);
        this.zh = zh;
        this.en = en;
    }

    public String reason(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
