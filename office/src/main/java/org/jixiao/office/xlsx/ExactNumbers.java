package org.jixiao.office.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Numeric cells as every digit they hold, whatever their display format: an amount shown as 2,077.60 is read as
 * the 2077.604168 that was reported. The forms hold no dates, so no date formats are needed.
 */
final class ExactNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return exact(value);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        return exact(value);
    }

    static String exact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
