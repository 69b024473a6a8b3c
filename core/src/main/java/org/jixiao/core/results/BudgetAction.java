package org.jixiao.core.results;

/** What a year's final grade does to the project's next budget (lifecycle §5). */
public enum BudgetAction {
    PRIORITY("优先保障", "funded first"),
    AS_NEEDED("据实保障", "funded as needed"),
    CUT("核减", "cut"),
    SUSPEND("取消或暂停", "cancelled or suspended");

    private final String zh;
    private final String en;

    BudgetAction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
