package org.jixiao.core.checks;

import java.util.Locale;

/**
 * A word a message shows in the reader's language: a column of the form, a row, a scheme's name. Finding
 * arguments are language-free data; a Term is rendered only when the message is.
 *
 * @param zh the word in Chinese (the default)
 * @param en the word in English
 */
public record Term(String zh, String en) {

    static final Term INITIAL = new Term("年初预算数", "initial budget");
    static final Term ANNUAL = new Term("全年预算数", "adjusted budget");
    static final Term EXECUTED = new Term("全年执行数", "executed");
    static final Term SUBITEM_BUDGET = new Term("预算数", "budget");
    static final Term SUBITEM_ACTUAL = new Term("实际数", "actual");
    static final Term FUNDING = new Term("项目资金", "the funding block");
    static final Term WEIGHT = new Term("分值", "weight");
    static final Term SCORE = new Term("得分", "score");

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
