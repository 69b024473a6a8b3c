package org.jixiao.server.org;

/** What an organisation is in the budget chain. */
public enum OrgKind {
    /** 财政部门 (省财政厅, 市财政局, 区县财政局) */
    FINANCE_BUREAU,
    /** 主管部门 */
    DEPARTMENT,
    /** 预算单位 / 实施单位 */
    UNIT
}
