package org.jixiao.formats.text;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * Funding printed label by value, as the 项目基本概况 block of an evaluation report form prints it (计划安排资金(万元) 170 |
 * 实际到位资金(万元) 170 | 实际支出(万元) 179.6), with no row of 年初预算数 / 全年预算数 / 全年执行数: the amount planned is the
 * year's budget, the amount spent what was executed. Read only where the table has no funding row of its own.
 */
final class LabelledFunding {
    private static final String[] PLANNED = {"计划安排资金", "预算安排资金", "计划投入资金"};
    private static final String[] SPENT = {"实际支出", "实际使用资金"};
    /** A transfer-payment sheet's budget, printed label by value inside its indicator rows. */
    private static final String[] BUDGET = {"年度预算资金总额", "年度资金总额"};
    /** After the label: its unit, a bracket the label's own opening one lost, a colon. */
    private static final java.util.regex.Pattern LABEL_END = java.util.regex.Pattern.compile("([(（](万元|元)[)）])?[)）]?[:：]?");

    private BigDecimal planned;
    private BigDecimal spent;
    private String label;
    private int line;

    /** Takes the labelled amounts of the row; true when it held any. */
    boolean read(Row row) {
        boolean any = false;
        for (int c = 0; c < row.size(); c++) {
            String k = row.key(c);
            if (planned == null && isLabel(k, PLANNED)) {
                planned = amountAfter(row, c);
                if (planned != null) {
                    label = Text.clean(row.cell(c));
                    line = row.line();
                    any = true;
                }
            } else if (spent == null && isLabel(k, SPENT)) {
                spent = amountAfter(row, c);
                any |= spent != null;
            }
        }
        return any;
    }

    /** The budget of a row 年度预算资金总额: 1084.25; true when the row held one. */
    boolean readBudget(Row row) {
        for (int c = 0; c < row.size(); c++) {
            String k = row.key(c);
            for (String l : BUDGET) {
                if (k.startsWith(l) && LABEL_END.matcher(k.substring(l.length())).matches()) {
                    BigDecimal n = amountAfter(row, c);
                    if (n != null) {
                        planned = n;
                        label = Text.clean(row.cell(c));
                        line = row.line();
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The total row the labels give, or null where they gave no amount planned. */
    FundingRow total() {
        return planned == null ? null : new FundingRow(FundingRow.Kind.TOTAL, label, null, planned, spent, null, line);
    }

    /** The label alone or with its unit: 实际支出, 实际支出(万元); not 实际支出数, a column of the spending detail. */
    private static boolean isLabel(String k, String[] labels) {
        for (String l : labels) {
            if (k.startsWith(l)) {
                String rest = k.substring(l.length());
                return rest.isEmpty() || rest.matches("[(（](万元|元)[)）]");
            }
        }
        return false;
    }

    /** The amount after the label: the next cell, past a unit printed in a cell of its own ((万元)). */
    private static BigDecimal amountAfter(Row row, int c) {
        for (int j = c + 1; j < row.size(); j++) {
            String cell = row.cell(j);
            if (cell.isBlank()) {
                continue;
            }
            if (Text.key(cell).matches("[(（](万元|元)[)）]")) {
                continue;
            }
            return Numbers.parse(cell);
        }
        return null;
    }
}
