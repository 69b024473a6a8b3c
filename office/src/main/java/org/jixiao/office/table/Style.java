package org.jixiao.office.table;

/** What a cell of the official table is, which decides its look in every rendering. */
public enum Style {
    /** The form's title, centred above the grid. */
    TITLE,
    /** Lines above the grid: 编制单位, 公开N表, 金额单位, the year; no border. */
    CAPTION,
    /** Column and row labels (项目名称, 年初预算数 …), bold and centred. */
    LABEL,
    /** Free text: names, targets, actuals, reasons; wraps. */
    TEXT,
    /** An amount in the table's currency unit. */
    MONEY,
    /** A weight, a score, a rate in percent. */
    FIGURE
}
