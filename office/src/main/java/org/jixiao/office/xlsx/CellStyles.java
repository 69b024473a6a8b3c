package org.jixiao.office.xlsx;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.office.table.Style;

/**
 * The cell styles of the printed form, made once per workbook: a workbook holds at most 64,000 styles, so a style
 * per cell would break a thousand-table export.
 */
final class CellStyles {
    /** Two decimals, as the forms print amounts, weights and scores; the cell keeps every reported digit. */
    static final String TWO_DECIMALS = "#,##0.00";
    static final String FONT = "宋体";

    private final Map<Style, CellStyle> styles = new EnumMap<>(Style.class);
    private final CellStyle unlockedText;
    private final CellStyle unlockedNumber;

    CellStyles(Workbook wb) {
        short twoDecimals = wb.createDataFormat().getFormat(TWO_DECIMALS);
        Font plain = font(wb, false, 10);
        Font bold = font(wb, true, 10);
        CellStyle title = wb.createCellStyle();
        title.setFont(font(wb, true, 16));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        styles.put(Style.TITLE, title);
        CellStyle caption = wb.createCellStyle();
        caption.setFont(plain);
        caption.setVerticalAlignment(VerticalAlignment.CENTER);
        styles.put(Style.CAPTION, caption);
        CellStyle label = bordered(wb, bold, HorizontalAlignment.CENTER);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        styles.put(Style.LABEL, label);
        styles.put(Style.TEXT, bordered(wb, plain, HorizontalAlignment.LEFT));
        CellStyle money = bordered(wb, plain, HorizontalAlignment.RIGHT);
        money.setDataFormat(twoDecimals);
        styles.put(Style.MONEY, money);
        CellStyle figure = bordered(wb, plain, HorizontalAlignment.RIGHT);
        figure.setDataFormat(twoDecimals);
        styles.put(Style.FIGURE, figure);
        unlockedText = bordered(wb, plain, HorizontalAlignment.LEFT);
        unlockedText.setLocked(false);
        unlockedNumber = bordered(wb, plain, HorizontalAlignment.RIGHT);
        unlockedNumber.setDataFormat(twoDecimals);
        unlockedNumber.setLocked(false);
    }

    CellStyle of(Style style) {
        return styles.get(style);
    }

    /** Where a template's user types: the same look, not locked when the sheet is protected. */
    CellStyle input(boolean number) {
        return number ? unlockedNumber : unlockedText;
    }

    private static CellStyle bordered(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static Font font(Workbook wb, boolean bold, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        return f;
    }
}
