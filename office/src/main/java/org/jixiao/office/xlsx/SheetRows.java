package org.jixiao.office.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects a streamed sheet as lines of tab-separated cells, line N being row N, and stops at the row and column
 * caps: a sheet of a million rows is refused after its first few thousand, not read into memory.
 */
final class SheetRows implements SheetContentsHandler {
    /** An official table has well under a hundred rows; a sheet of more is no table. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 64;

    /** Thrown out of the parser when a cap is passed. */
    static final class TooLarge extends RuntimeException {
        final int row;
        final boolean columns;

        TooLarge(int row, boolean columns) {
            super(null, null, false, false);
            this.row = row;
            this.columns = columns;
        }
    }

    private final List<String> lines = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();

    @Override
    public void startRow(int rowNum) {
        if (rowNum >= MAX_ROWS) {
            throw new TooLarge(rowNum + 1, false);
        }
        while (lines.size() < rowNum) {
            lines.add("");
        }
        cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
        lines.add(String.join("\t", cells));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        CellReference ref = new CellReference(reference);
        int column = ref.getCol();
        if (column >= MAX_COLUMNS) {
            throw new TooLarge(ref.getRow() + 1, true);
        }
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(value == null ? "" : value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
    }

    /** The first non-blank cell of the sheet, "" when it is empty: a summary sheet starts with its title. */
    String firstText() {
        for (String line : lines) {
            for (String c : line.split("\t")) {
                if (!c.isBlank()) {
                    return c.strip();
                }
            }
        }
        return "";
    }

    /** The sheet's rows, row N (1-based) at index N - 1, each as its cells. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
