package org.jixiao.office.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One printed row of the official table, built left to right. */
public final class GridRow {
    private final List<Cell> cells = new ArrayList<>();
    private int indicator = -1;
    private int fundingRow = -1;
    private int anchorColumn = -1;
    private int scoreColumn = -1;

    public List<Cell> cells() {
        return cells;
    }

    /**
     * Marks the row as the one of indicator {@code index}: its name stands at {@code nameColumn}, its 得分 at
     * {@code scoreColumn}. Printing ignores the mark; a screen hangs the row's findings under the name and the score's
     * explanation on the score.
     */
    public GridRow ofIndicator(int index, int nameColumn, int scoreColumn) {
        this.indicator = index;
        this.anchorColumn = nameColumn;
        this.scoreColumn = scoreColumn;
        return this;
    }

    /** Marks the row as row {@code index} of the funding block, its label at {@code labelColumn}. */
    public GridRow ofFundingRow(int index, int labelColumn) {
        this.fundingRow = index;
        this.anchorColumn = labelColumn;
        return this;
    }

    /** The indicator this row prints, or -1. */
    public int indicator() {
        return indicator;
    }

    /** The funding row this row prints, or -1. */
    public int fundingRow() {
        return fundingRow;
    }

    /** The column of the cell that names the row (an indicator's name, a funding row's label), or -1. */
    public int anchorColumn() {
        return anchorColumn;
    }

    /** The column of an indicator row's 得分, or -1. */
    public int scoreColumn() {
        return scoreColumn;
    }

    public GridRow label(int column, int span, String text) {
        return add(new Cell(column, span, 1, text, null, Style.LABEL));
    }

    public GridRow label(int column, String text) {
        return label(column, 1, text);
    }

    public GridRow text(int column, int span, String text) {
        return add(new Cell(column, span, 1, text, null, Style.TEXT));
    }

    public GridRow text(int column, String text) {
        return text(column, 1, text);
    }

    public GridRow money(int column, int span, BigDecimal amount) {
        return figure(column, span, amount, Style.MONEY);
    }

    public GridRow money(int column, BigDecimal amount) {
        return money(column, 1, amount);
    }

    public GridRow figure(int column, BigDecimal value) {
        return figure(column, 1, value, Style.FIGURE);
    }

    public GridRow caption(int column, int span, String text) {
        return add(new Cell(column, span, 1, text, null, Style.CAPTION));
    }

    /** A label standing over {@code rows} rows, as 项目资金 stands beside its four rows. */
    public GridRow tallLabel(int column, int rows, String text) {
        return add(new Cell(column, 1, rows, text, null, Style.LABEL));
    }

    private GridRow figure(int column, int span, BigDecimal value, Style style) {
        return add(value == null ? new Cell(column, span, 1, "", null, style) : new Cell(column, span, 1, "", value, style));
    }

    public GridRow add(Cell cell) {
        cells.add(cell);
        return this;
    }

    /** The row as tab-separated text, each cell at its column and spanned columns left empty. */
    public String asText(int columns) {
        String[] at = new String[columns];
        java.util.Arrays.fill(at, "");
        for (Cell c : cells) {
            at[c.column()] = c.plain().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return String.join("\t", at);
    }
}
