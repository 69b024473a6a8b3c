package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.declaration.DeclaredGoals;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.text.Text;

/**
 * What a 绩效目标申报表 prints besides its indicators, read by its labels: the 年度目标 (总体目标, 本年度绩效目标, 绩效目标
 * 总体描述 …) and the 中期目标 (长期目标, 实施期目标), the project period (项目起止时间 2022.1—2022.12, 项目期限), and the year's
 * funding printed label by value (年度资金总额: 854万, 其中:财政拨款 500, 项目预算金额(万元) 5652). A goal's text is the rest
 * of its label's cell, the next cell that is no label, or the row under a label standing alone; merged group labels
 * (总体目标 over 年度目标, 项目绩效目标) lead to the label under them. Labels garbled by a mirror page's mojibake
 * (绩????效??目??标) are read without the question marks.
 */
final class DeclarationFields {
    /** Labels of the year's goal, the most specific first: a more specific label's text wins over a group label's. */
    private static final String[] ANNUAL = {"年度目标", "本年度绩效目标", "年度绩效目标", "年度总体目标", "绩效目标总体描述", "总体目标",
            "项目绩效目标", "绩效目标"};
    private static final String[] MIDTERM = {"中期目标", "长期目标", "长期绩效目标", "中长期目标", "中期绩效目标", "实施期目标",
            "实施期绩效目标", "整体目标"};
    private static final String[] PERIOD = {"项目起止时间", "项目起止年限", "起止年限", "项目期限", "项目实施期", "实施期限", "项目周期",
            "项目期"};
    private static final String[] TOTAL = {"年度资金总额", "资金总额", "项目预算金额", "项目资金总额", "年度预算总额"};
    private static final String[] FISCAL = {"其中:财政拨款", "财政拨款", "当年财政拨款"};
    private static final String[] OTHER = {"其中:其他资金", "其他资金", "其他收入"};
    private static final Pattern MOJIBAKE = Pattern.compile("[?？\uFFFD]");
    private static final Pattern ENUMERATION = Pattern.compile("^([(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十\\d]+[、.．])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern LEADING_AMOUNT = Pattern.compile("^[:：]?\\s*(\\d+(?:\\.\\d+)?)");

    /**
     * A declaration's own fields as printed; "" and null where the table does not print them.
     *
     * @param annualGoal  年度目标
     * @param midtermGoal 中期目标
     * @param firstYear   the project period's first year
     * @param lastYear    its last year
     * @param funding     the year's funding printed by label (none where it is printed as rows of a block)
     */
    record Reading(String annualGoal, String midtermGoal, Integer firstYear, Integer lastYear, DeclaredFunding funding) {
        static Reading none() {
            return new Reading("", "", null, null, DeclaredFunding.none());
        }
    }

    private DeclarationFields() {
    }

    /**
     * The table as a core {@link Declaration}: what the self-evaluation's shape holds (header, funding rows,
     * indicators with their targets and weights) and what only a declaration prints (goals, period, funding by label).
     */
    static Declaration declaration(SelfEvaluation table, Reading reading) {
        Declaration d = Declaration.ofPrintedTable(table);
        DeclarationHeader h = d.header();
        if (reading.firstYear() != null) {
            h = new DeclarationHeader(h.project(), h.projectCode(), h.department(), h.unit(), h.year(), h.currencyUnit(),
                    h.attribute(), reading.firstYear(), reading.lastYear(), h.manager(), h.phone());
        }
        String annual = reading.annualGoal().isEmpty() ? d.goals().annual() : reading.annualGoal();
        DeclaredFunding funding = d.annualFunding().isEmpty() ? reading.funding() : d.annualFunding();
        return new Declaration(h, funding, d.midtermFunding(), new DeclaredGoals(annual, reading.midtermGoal()), d.indicators());
    }

    static Reading read(List<Row> rows) {
        String annual = "";
        int annualRank = Integer.MAX_VALUE;
        String midterm = "";
        int midtermRank = Integer.MAX_VALUE;
        Integer first = null;
        Integer last = null;
        BigDecimal total = null;
        BigDecimal fiscal = null;
        BigDecimal other = null;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (IndicatorColumns.isHeader(row)) {
                break; // the goals, period and funding are printed above the indicators
            }
            for (int c = 0; c < row.size(); c++) {
                String key = keyAsLabel(row.key(c));
                if (key.isEmpty() || key.length() > 24) {
                    continue;
                }
                int a = rank(key, ANNUAL);
                int m = rank(key, MIDTERM);
                if (a < annualRank || m < midtermRank) {
                    String text = goalText(rows, r, c, a < annualRank ? ANNUAL[a] : MIDTERM[m]);
                    if (!text.isEmpty() && a < annualRank) {
                        annual = text;
                        annualRank = a;
                    } else if (!text.isEmpty()) {
                        midterm = text;
                        midtermRank = m;
                    }
                }
                if (first == null && rank(key, PERIOD) < Integer.MAX_VALUE) {
                    int[] years = years(valueAfter(row, c, PERIOD[rank(key, PERIOD)]));
                    if (years != null) {
                        first = years[0];
                        last = years[1];
                    }
                }
                String label;
                if (total == null && (label = prefix(key, TOTAL)) != null) {
                    total = amountAfter(row, c, label);
                } else if (fiscal == null && (label = prefix(key, FISCAL)) != null) {
                    fiscal = amountAfter(row, c, label);
                } else if (other == null && (label = prefix(key, OTHER)) != null) {
                    other = amountAfter(row, c, label);
                }
            }
        }
        if (annual.isEmpty() && midterm.isEmpty() && first == null && total == null && fiscal == null && other == null) {
            return Reading.none();
        }
        return new Reading(annual, midterm, first, last, new DeclaredFunding(total, fiscal, other));
    }

    /** A cell's key as a label: no mojibake, no enumeration such as (一) or 1、. */
    private static String labelKey(String cell) {
        return keyAsLabel(Text.key(cell));
    }

    private static String keyAsLabel(String k) {
        if (k.isEmpty()) {
            return k;
        }
        if (k.indexOf('?') >= 0 || k.indexOf('？') >= 0 || k.indexOf('\uFFFD') >= 0) {
            k = MOJIBAKE.matcher(k).replaceAll("");
        }
        return ENUMERATION.matcher(k).replaceFirst("");
    }

    /** The index of the label the key is (exactly, or followed by its value after a colon), MAX_VALUE when none. */
    private static int rank(String key, String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            String l = labels[i];
            if (key.equals(l) || key.startsWith(l) && (key.charAt(l.length()) == ':' || key.charAt(l.length()) == '：')) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean isGoalLabel(String cell) {
        String k = labelKey(cell);
        return rank(k, ANNUAL) < Integer.MAX_VALUE || rank(k, MIDTERM) < Integer.MAX_VALUE;
    }

    /** The goal written for the label at (r, c): in its own cell, the next cell that is no label, or the row below. */
    private static String goalText(List<Row> rows, int r, int c, String label) {
        Row row = rows.get(r);
        String rest = rest(row.cell(c), label);
        if (!rest.isEmpty()) {
            return rest;
        }
        for (int j = c + 1; j < row.size(); j++) {
            String cell = row.cell(j);
            if (cell.isBlank()) {
                continue;
            }
            if (isGoalLabel(cell)) {
                return ""; // a group label over the label that holds the text
            }
            return isOtherLabel(cell) || TableReader.isPointsMark(cell) ? "" : Text.clean(cell);
        }
        if (c != firstCell(row)) {
            return "";
        }
        for (int k = r + 1; k < rows.size() && k <= r + 2; k++) {
            Row next = rows.get(k);
            if (next.isBlank()) {
                continue;
            }
            String cell = next.cell(firstCell(next));
            if (isGoalLabel(cell) || isOtherLabel(cell) || IndicatorColumns.isHeader(next)) {
                return "";
            }
            return Text.clean(cell);
        }
        return "";
    }

    /** A label of another field: the goal's text is not there. */
    private static boolean isOtherLabel(String cell) {
        String k = labelKey(cell);
        return k.length() <= 12 && (Labels.isLabel(k) || k.startsWith("绩效指标") || k.startsWith("一级指标") || rank(k, PERIOD) < Integer.MAX_VALUE);
    }

    /** The cell's text after the label (and a colon), "" when the label fills the cell. */
    private static String rest(String cell, String label) {
        String s = Text.clean(cell);
        String k = labelKey(s);
        if (k.length() <= label.length() + 1) {
            return "";
        }
        // walk the printed text until the label's characters are passed
        int li = 0;
        int i = 0;
        while (i < s.length() && li < label.length()) {
            String ch = Text.key(String.valueOf(s.charAt(i)));
            if (!ch.isEmpty() && ch.charAt(0) == label.charAt(li)) {
                li++;
            }
            i++;
        }
        return s.substring(i).replaceFirst("^[\\s:：]+", "").strip();
    }

    private static String valueAfter(Row row, int c, String label) {
        String rest = rest(row.cell(c), label);
        return rest.isEmpty() ? row.nextValue(c) : rest;
    }

    /**
     * The figure after a funding label: in its cell (年度资金总额:854万) or the next (其中:财政拨款 | 500, 财政拨款小计 | 6.30,
     * 项目预算金额(万元) | 5652).
     */
    private static BigDecimal amountAfter(Row row, int c, String label) {
        BigDecimal inCell = leadingAmount(rest(row.cell(c), label));
        return inCell != null ? inCell : leadingAmount(row.nextValue(c));
    }

    private static String prefix(String key, String[] labels) {
        for (String l : labels) {
            if (key.startsWith(l)) {
                return l;
            }
        }
        return null;
    }

    /** 854万(高标准农田建设400万元 …) → 854; a cell that does not start with a figure gives null. */
    private static BigDecimal leadingAmount(String s) {
        Matcher m = LEADING_AMOUNT.matcher(Text.key(s).replace(",", ""));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    /** 2022.1—2022.12 → 2022, 2022; 2021年1月起至2023年12月止 → 2021, 2023; 全年 → null. */
    private static int[] years(String s) {
        Matcher m = YEAR.matcher(s == null ? "" : s);
        Integer a = null;
        int b = 0;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (a == null) {
                a = y;
            }
            b = y;
        }
        return a == null ? null : new int[]{a, Math.max(a, b)};
    }

    private static int firstCell(Row row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.cell(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }
}
