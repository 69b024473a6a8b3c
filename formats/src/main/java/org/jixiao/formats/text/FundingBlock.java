package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.SubItem;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * The funding block: the national rows × (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), read by the header's
 * columns where they line up and by order where they don't; and the Suzhou budget-use fields, printed as a row of
 * labels over a row of numbers, with its sub-items.
 */
final class FundingBlock {
    private enum Col { INITIAL, ANNUAL, EXECUTED, WEIGHT, RATE, SCORE }

    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile("[(（](\\d+(?:\\.\\d+)?)分[)）]");

    private final boolean aligned;
    private final Problems problems;
    private Col[] header;
    /** The points printed over the header, where no 分值 column gives the weight. */
    private BigDecimal headerPoints;
    /** The columns of the total row's printed cells, for the rows under it (see {@link #layout}). */
    private Col[] totalLayout;
    private final LabelledFunding labelled = new LabelledFunding();
    private final List<FundingRow> rows = new ArrayList<>();
    private BigDecimal weight;
    private BigDecimal rate;
    private BigDecimal score;

    private final List<String> useLabels = new ArrayList<>();
    private final List<Integer> useColumns = new ArrayList<>();
    private final BigDecimal[] use = new BigDecimal[9];
    private boolean hasUse;
    /** The last row read was a funding row: a labelled row of amounts after it belongs to the block too. */
    private boolean inFundingRows;
    private boolean inSubItems;
    private final List<SubItem> subItems = new ArrayList<>();
    private SubItem subItemTotal;
    /** Figures printed at the end of the header row itself, with no label: the total's, where its label comes later. */
    private List<BigDecimal> headerFigures;
    private int headerFiguresLine;
    private BigDecimal headerRate;
    private boolean totalLabelInHeader;
    /** The figures of every labelled row under the header, the sources the form does not model too. */
    private final List<List<BigDecimal>> sourceFigures = new ArrayList<>();

    FundingBlock(boolean aligned, Problems problems) {
        this.aligned = aligned;
        this.problems = problems;
    }

    /** Reads the row if it belongs to the funding block; false when it does not. */
    boolean read(Row row) {
        if (isHeader(row)) {
            header = new Col[row.size()];
            for (int c = 0; c < row.size(); c++) {
                header[c] = column(row.key(c));
                if (header[c] == null && headerPoints == null) {
                    headerPoints = points(row.key(c));
                }
            }
            inFundingRows = true; // the rows right under the header are the block's
            headerFigures = FiguresBeforeLabel.trailing(row);
            headerRate = FiguresBeforeLabel.trailingRate(row);
            headerFiguresLine = row.line();
            int label = fundingLabel(row);
            totalLabelInHeader = label >= 0 && Vocabulary.fundingRow(row.cell(label)) == FundingRow.Kind.TOTAL;
            return true;
        }
        int labelAt = fundingLabel(row);
        boolean afterFundingRow = inFundingRows;
        inFundingRows = false;
        if (labelAt >= 0 && header != null && mentionsOnly(row, labelAt)) {
            return true; // a criterion's words naming a row already read (资金总体 = 基本支出 + 项目支出 + 其他): no row
        }
        if (labelAt >= 0 && header != null) {
            sourceFigures.add(FiguresBeforeLabel.figures(row, labelAt));
            readRow(row, labelAt);
            inFundingRows = true;
            return true;
        }
        if (afterFundingRow && header != null && !hasTotal() && isSumRow(row)) {
            // sources the form does not name, summed on a 合计 row: that row is the block's total
            readRow(row, firstCell(row), FundingRow.Kind.TOTAL);
            inFundingRows = true;
            return true;
        }
        if (afterFundingRow && isUnknownFundingRow(row)) {
            inFundingRows = true;
            sourceFigures.add(FiguresBeforeLabel.figures(row, 0));
            // a source of funds the form does not model (单位资金, 财政专户管理资金 …): say so rather than file it under another
            problems.add(row.line(), "funding.unknown_source", Text.clean(firstText(row)));
            // the total's sub-rows are now incomplete: a check adding them up rests on what was not read
            rows.stream().filter(r -> r.kind() == FundingRow.Kind.TOTAL).findFirst().ifPresent(t -> problems.inferred(t.line(),
                    "资金来源", Text.clean(firstText(row)), "inference.unread_source"));
            return true;
        }
        if (row.find("子项名称") >= 0) {
            inSubItems = true;
            return true;
        }
        if (inSubItems) {
            return readSubItem(row);
        }
        if (countUseLabels(row) >= 2) {
            int last = -1;
            for (int c = 0; c < row.size(); c++) {
                if (useField(row.key(c)) >= 0) {
                    useLabels.add(row.key(c));
                    useColumns.add(c);
                    last = c;
                }
            }
            // one cell per line leaves the figures in the row of their labels
            Row figures = new Row(row.line(), row.cells().subList(last + 1, row.size()));
            if (figures.numberCount() >= 2) {
                useColumns.clear();
                readUseNumbers(figures);
            }
            return true;
        }
        if (!useLabels.isEmpty() && row.numberCount() >= 2 && row.numberCount() * 2 >= row.nonBlankCount()) {
            readUseNumbers(row);
            return true;
        }
        return header == null && labelled.read(row);
    }

    /**
     * A budget printed label by value among the indicator rows (a transfer-payment sheet's 预算资金安排 indicator,
     * 年度预算资金总额: 1084.25), where the table has no funding block of its own: the first such amount is the year's
     * budget. True when the row was that.
     */
    boolean readBudgetInBlock(Row row) {
        return header == null && rows.isEmpty() && labelled.total() == null && labelled.readBudget(row);
    }

    /** The funding header; forms without a 年初预算数 column print 全年预算数 and 全年执行数 alone. */
    private static boolean isHeader(Row row) {
        boolean annual = row.find("全年预算数", "调整后预算数", "调整预算", "预算数(") >= 0;
        boolean executed = row.find("全年执行数", "实际执行数", "执行数(", "预算执行数") >= 0;
        return row.find("年初预算") >= 0 && (annual || executed) || annual && executed;
    }

    /** A labelled row of amounts right under the funding rows: one text cell, then figures. */
    private static boolean isUnknownFundingRow(Row row) {
        String first = Text.key(firstText(row));
        if (first.startsWith("总分") || first.startsWith("合计") || first.startsWith("自评等级")) {
            return false; // the table's total, after the indicators: no source of funds
        }
        int texts = 0;
        int figures = 0;
        for (String c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            if (Numbers.parse(c) != null || Numbers.isBlankMark(c)) {
                figures++;
            } else {
                texts++;
            }
        }
        return texts == 1 && figures >= 2;
    }

    private static String firstText(Row row) {
        for (String c : row.cells()) {
            if (!c.isBlank() && Numbers.parse(c) == null && !Numbers.isBlankMark(c)) {
                return c;
            }
        }
        return "";
    }

    void endSubItems() {
        inSubItems = false;
    }

    /**
     * A funding label with no figure after it that is a formula (基本支出+项目支出+其他) or names a row already read:
     * the words of the criteria printed beside the block, not a row of it.
     */
    private boolean mentionsOnly(Row row, int labelAt) {
        for (int c = labelAt + 1; c < row.size(); c++) {
            if (Numbers.parse(row.cell(c)) != null) {
                return false;
            }
        }
        String k = row.key(labelAt);
        FundingRow.Kind kind = Vocabulary.fundingRow(row.cell(labelAt));
        return k.contains("+") || k.contains("=") || rows.stream().anyMatch(r -> r.kind() == kind);
    }

    private static int fundingLabel(Row row) {
        for (int c = 0; c < row.size() && c < 4; c++) {
            if (!row.cell(c).isEmpty() && Vocabulary.fundingRow(row.cell(c)) != null) {
                return c;
            }
        }
        return -1;
    }

    /** The points a header's group label prints, (20分) or 预算执行情况(10分); not a formula such as (20分*执行率). */
    private static BigDecimal points(String k) {
        java.util.regex.Matcher m = POINTS.matcher(k);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private static Col column(String k) {
        if (k.startsWith("年初预算")) {
            return Col.INITIAL;
        }
        if (k.startsWith("全年预算") || k.startsWith("调整后预算") || k.startsWith("调整预算") || k.startsWith("预算数(")) {
            return Col.ANNUAL;
        }
        if (k.startsWith("全年执行") || k.startsWith("实际执行") || k.startsWith("执行数(") || k.startsWith("预算执行数")) {
            return Col.EXECUTED;
        }
        if (k.startsWith("分值") || k.equals("权重")) {
            return Col.WEIGHT;
        }
        if (k.startsWith("执行率") || k.startsWith("预算执行率")) {
            return Col.RATE;
        }
        if (k.startsWith("得分")) {
            return Col.SCORE;
        }
        return null;
    }

    private boolean hasTotal() {
        return rows.stream().anyMatch(r -> r.kind() == FundingRow.Kind.TOTAL);
    }

    private static boolean isSumRow(Row row) {
        String k = Text.key(row.cell(firstCell(row)));
        return (k.equals("合计") || k.equals("总计")) && row.numberCount() >= 2;
    }

    private static int firstCell(Row row) {
        for (int c = 0; c < row.size(); c++) {
            if (!row.cell(c).isBlank()) {
                return c;
            }
        }
        return 0;
    }

    private void readRow(Row row, int labelAt) {
        readRow(row, labelAt, Vocabulary.fundingRow(row.cell(labelAt)));
    }

    private void readRow(Row row, int labelAt, FundingRow.Kind kind) {
        BigDecimal[] v = new BigDecimal[Col.values().length];
        // a row a step rebuilt stands in the header's columns whatever the text's own cells were
        if (!((aligned || row.whole()) && byColumn(row, labelAt, v))) {
            java.util.Arrays.fill(v, null);
            byOrder(row, labelAt, kind, v);
        }
        FundingRow read = new FundingRow(kind, Text.clean(row.cell(labelAt)), v[0], v[1], v[2], v[4], row.line());
        if (!read.isEmpty()) {
            // the label named earlier without figures (in the criteria's words): the row with figures is the row
            rows.removeIf(r -> r.kind() == kind && r.isEmpty());
        }
        rows.add(read);
        if (kind == FundingRow.Kind.TOTAL) {
            // a block printing its points over the header (预算执行情况 (20分)) and no 分值 column: that is its weight
            weight = v[3] != null ? v[3] : header != null && java.util.Arrays.stream(header).noneMatch(c -> c == Col.WEIGHT) ? headerPoints : null;
            rate = v[4];
            score = v[5];
        }
    }

    private boolean byColumn(Row row, int labelAt, BigDecimal[] v) {
        for (int c = labelAt + 1; c < row.size(); c++) {
            String cell = row.cell(c);
            if (Numbers.isBlankMark(cell)) {
                continue;
            }
            Col col = c < header.length ? header[c] : null;
            BigDecimal n = amount(cell);
            if (col == null) {
                return false;
            }
            if (n == null) {
                problems.add(row.line(), "funding.not_a_number", cell);
                continue;
            }
            v[col.ordinal()] = n;
        }
        return true;
    }

    /** An amount as printed, also with the block's unit written after it ("3359.62万", "30万元"). */
    private static BigDecimal amount(String cell) {
        BigDecimal n = Numbers.parse(cell);
        if (n != null) {
            return n;
        }
        String c = cell.strip();
        for (String unit : new String[]{"万元", "万", "元"}) {
            if (c.endsWith(unit) && c.length() > unit.length()) {
                return Numbers.parse(c.substring(0, c.length() - unit.length()));
            }
        }
        return null;
    }

    /** Cells in order: amounts first, then weight, rate and score on the total row; a percentage is the rate. */
    private void byOrder(Row row, int labelAt, FundingRow.Kind kind, BigDecimal[] v) {
        List<String> printed = new ArrayList<>();
        for (int c = labelAt + 1; c < row.size(); c++) {
            if (!row.cell(c).isBlank()) {
                printed.add(row.cell(c));
            }
        }
        boolean total = kind == FundingRow.Kind.TOTAL;
        if (!total && byTotalLayout(printed, v)) {
            return;
        }
        byOrderAlone(row, labelAt, kind, v);
        if (total) {
            totalLayout = layout(printed, v);
        }
    }

    /**
     * The columns the total row's cells were read into, cell by cell ("—" as none); null when a cell matched no
     * column. A row under it printing as many cells (blanks marked) is printed in the same columns.
     */
    private static Col[] layout(List<String> printed, BigDecimal[] v) {
        Col[] out = new Col[printed.size()];
        boolean[] used = new boolean[Col.values().length];
        for (int k = 0; k < printed.size(); k++) {
            String cell = printed.get(k);
            if (Numbers.isBlankMark(cell)) {
                continue;
            }
            BigDecimal n = amount(cell);
            Col found = null;
            for (Col c : Col.values()) {
                if (!used[c.ordinal()] && n != null && v[c.ordinal()] != null && v[c.ordinal()].compareTo(n) == 0) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            used[found.ordinal()] = true;
            out[k] = found;
        }
        return out;
    }

    private boolean byTotalLayout(List<String> printed, BigDecimal[] v) {
        if (totalLayout == null || printed.size() != totalLayout.length) {
            return false;
        }
        BigDecimal[] tried = new BigDecimal[v.length];
        for (int k = 0; k < printed.size(); k++) {
            String cell = printed.get(k);
            if (Numbers.isBlankMark(cell)) {
                continue;
            }
            BigDecimal n = amount(cell);
            if (n == null || totalLayout[k] == null) {
                return false;
            }
            tried[totalLayout[k].ordinal()] = n;
        }
        System.arraycopy(tried, 0, v, 0, v.length);
        return true;
    }

    private void byOrderAlone(Row row, int labelAt, FundingRow.Kind kind, BigDecimal[] v) {
        List<String> cells = new ArrayList<>();
        for (int c = labelAt + 1; c < row.size(); c++) {
            if (!Numbers.isBlankMark(row.cell(c))) {
                cells.add(row.cell(c));
            }
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (String c : cells) {
            BigDecimal n = amount(c);
            if (n == null) {
                continue;
            }
            if (c.strip().endsWith("%") || c.strip().endsWith("％")) {
                v[Col.RATE.ordinal()] = n;
            } else {
                amounts.add(n);
            }
        }
        boolean total = kind == FundingRow.Kind.TOTAL;
        if (inHeaderOrder(amounts, v)) {
            return;
        }
        if (total && amounts.size() >= 5 && v[Col.RATE.ordinal()] == null) {
            // initial? annual executed weight rate score
            v[Col.SCORE.ordinal()] = amounts.remove(amounts.size() - 1);
            v[Col.RATE.ordinal()] = amounts.remove(amounts.size() - 1);
            v[Col.WEIGHT.ordinal()] = amounts.remove(amounts.size() - 1);
        } else if (total && amounts.size() >= 4) {
            v[Col.SCORE.ordinal()] = amounts.remove(amounts.size() - 1);
            v[Col.WEIGHT.ordinal()] = amounts.remove(amounts.size() - 1);
        } else if (!total && amounts.size() == 4 && v[Col.RATE.ordinal()] == null) {
            v[Col.RATE.ordinal()] = amounts.remove(3);
        }
        int start = amounts.size() >= 3 ? 0 : 1;
        for (int k = 0; k < amounts.size() && start + k < 3; k++) {
            v[start + k] = amounts.get(k);
        }
    }

    /**
     * Where the header was read, the figures of a shifted row fill its columns in the header's order (the rate,
     * printed with its %, aside): a form without 年初预算数 then reads 30 | 30 | 10 as budget, executed, weight, as
     * its rate 100% bears out, not as initial, budget, executed.
     */
    private boolean inHeaderOrder(List<BigDecimal> amounts, BigDecimal[] v) {
        boolean noInitialColumn = header != null && java.util.Arrays.stream(header).noneMatch(c -> c == Col.INITIAL);
        if (header == null || v[Col.RATE.ordinal()] == null && !noInitialColumn) {
            return false;
        }
        boolean rateRead = v[Col.RATE.ordinal()] != null;
        List<Col> order = new ArrayList<>();
        for (Col c : header) {
            // a rate printed without its % takes its column's place among the figures
            if (c != null && !(c == Col.RATE && rateRead) && !order.contains(c)) {
                order.add(c);
            }
        }
        if (order.isEmpty() || amounts.size() > order.size()) {
            return false;
        }
        BigDecimal[] tried = v.clone();
        for (int k = 0; k < amounts.size(); k++) {
            tried[order.get(k).ordinal()] = amounts.get(k);
        }
        if (!rateBearsOut(tried)) {
            return false; // fewer figures than columns, and not the first ones: the printed rate says which
        }
        System.arraycopy(tried, 0, v, 0, v.length);
        return true;
    }

    /** The printed rate is executed ÷ budget at its printed precision (rounded or cut), or nothing says otherwise. */
    private static boolean rateBearsOut(BigDecimal[] v) {
        BigDecimal rate = v[Col.RATE.ordinal()];
        BigDecimal annual = v[Col.ANNUAL.ordinal()];
        BigDecimal executed = v[Col.EXECUTED.ordinal()];
        if (rate == null || annual == null || executed == null || annual.signum() == 0) {
            return true;
        }
        return PrintedRate.matches(executed, annual, rate);
    }

    private static int countUseLabels(Row row) {
        int n = 0;
        for (int c = 0; c < row.size(); c++) {
            if (useField(row.key(c)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The index into {@link BudgetUse}'s fields a Suzhou label names, -1 when none. */
    private static int useField(String k) {
        if (k.isEmpty()) {
            return -1;
        }
        if (k.startsWith("年初预算数")) {
            return 0;
        }
        if (k.contains("调整预算") || k.equals("调整数")) {
            return 1;
        }
        if (k.startsWith("财政拨款数")) {
            return 2;
        }
        if (k.startsWith("指标结余收回")) {
            return 4;
        }
        if (k.startsWith("指标结余")) {
            return 3;
        }
        if (k.startsWith("实际支付")) {
            return 5;
        }
        if (k.startsWith("资金结余")) {
            return 6;
        }
        if (k.equals("结转数")) {
            return 7;
        }
        if (k.startsWith("财政收回")) {
            return 8;
        }
        return -1;
    }

    private void readUseNumbers(Row row) {
        List<BigDecimal> numbers = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            BigDecimal n = Numbers.parse(row.cell(c));
            if (n != null) {
                numbers.add(n);
                at.add(c);
            }
        }
        if (numbers.size() == useLabels.size()) {
            for (int k = 0; k < numbers.size(); k++) {
                use[useField(useLabels.get(k))] = numbers.get(k);
            }
        } else {
            for (int k = 0; k < numbers.size(); k++) {
                int idx = useColumns.indexOf(at.get(k));
                if (idx >= 0) {
                    use[useField(useLabels.get(idx))] = numbers.get(k);
                }
            }
            problems.add(row.line(), "funding.use_by_column", useLabels.size(), numbers.size());
        }
        hasUse = true;
        useLabels.clear();
        useColumns.clear();
    }

    private boolean readSubItem(Row row) {
        List<String> text = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        for (String c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            BigDecimal n = Numbers.parse(c);
            if (n != null) {
                numbers.add(n);
            } else {
                text.add(c.strip());
            }
        }
        if (text.size() != 1 || numbers.isEmpty() || numbers.size() > 2) {
            inSubItems = false;
            return false;
        }
        SubItem item = new SubItem(text.get(0), numbers.get(0), numbers.size() > 1 ? numbers.get(1) : null, row.line());
        if (Text.key(text.get(0)).equals("合计") || Text.key(text.get(0)).equals("总计")) {
            subItemTotal = item;
        } else {
            subItems.add(item);
        }
        return true;
    }

    Funding build() {
        if (headerFigures != null) {
            FundingRow total = rows.stream().filter(r -> r.kind() == FundingRow.Kind.TOTAL).findFirst().orElse(null);
            FundingRow found = FiguresBeforeLabel.total(headerFigures, headerRate, moneyColumns(), sourceFigures, total,
                    totalLabelInHeader, headerFiguresLine);
            if (found != null) {
                rate = found.ratePct();
                rows.remove(total);
                rows.add(0, found);
                problems.inferred(found.line(), FundingRow.Kind.TOTAL.label(), FiguresBeforeLabel.describe(headerFigures),
                        "inference.total_figures_before_label");
            }
        }
        FundingRow byLabel = labelled.total();
        if (byLabel != null && rows.isEmpty()) {
            rows.add(byLabel);
        }
        BudgetUse budgetUse = hasUse ? new BudgetUse(use[0], use[1], use[2], use[3], use[4], use[5], use[6], use[7], use[8]) : null;
        return new Funding(rows, weight, rate, score, budgetUse, subItems, subItemTotal);
    }

    /** The header's money columns in order: 0 年初预算数, 1 全年预算数, 2 全年执行数. */
    private List<Integer> moneyColumns() {
        List<Integer> out = new ArrayList<>();
        for (Col c : header) {
            if (c != null && c.ordinal() <= Col.EXECUTED.ordinal() && !out.contains(c.ordinal())) {
                out.add(c.ordinal());
            }
        }
        return out;
    }

    boolean isEmpty() {
        return rows.isEmpty() && !hasUse;
    }
}
