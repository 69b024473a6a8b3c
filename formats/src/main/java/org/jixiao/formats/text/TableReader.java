package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/** Reads one table (the rows between two 项目名称 rows) into a {@link SelfEvaluation}. */
final class TableReader {
    /** A year, not a date's (发布时间: 2025年05月28日 is when the table was published, not its year). */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年度?(?!\\d{1,2}月)");
    private static final Pattern MAX_POINTS = Pattern.compile("[(（](\\d+(?:\\.\\d+)?)分[)）]");

    private final List<Row> rows;
    private final boolean aligned;
    private final Problems problems;

    private String project;
    private String department;
    private String unit;
    private Integer year;
    private CurrencyUnit currency;
    private String preparedBy;
    private String disclosureNo;
    private Header.Kind kind = Header.Kind.PROJECT;
    private String declared = "";
    private String achieved = "";
    private String notes = "";
    private BigDecimal maxTotal;
    private BigDecimal total;
    private String grade;
    private boolean suzhou;
    private boolean sawIndicatorHeader;
    private boolean sawTotal;
    /** The name was read from a 单位名称 label, which a 项目名称 row below overrides. */
    private boolean projectByUnitName;
    private Boolean tailOnly;
    /**
     * The block is a headerless tail's whose signs stand in the targets' cells: its rows are those the signs and
     * figures tell, and the text after them is not (the rows with a sign column are told by the column).
     */
    private boolean tailOfRows;

    TableReader(List<Row> rows, boolean aligned, Problems problems) {
        this.rows = rows;
        this.aligned = aligned;
        this.problems = problems;
    }

    /** No header and no 项目名称 anywhere: a table's tail, whose targets may carry their signs in their own cells. */
    private boolean signInTarget() {
        if (tailOnly == null) {
            tailOnly = rows.stream().noneMatch(r -> IndicatorColumns.isHeader(r) || r.find("项目名称") >= 0);
        }
        return tailOnly;
    }

    SelfEvaluation read() {
        FundingBlock funding = new FundingBlock(aligned, problems);
        IndicatorBlock block = null;
        int k = 0;
        while (k < rows.size()) {
            Row row = rows.get(k);
            if (row.isBlank()) {
                k++;
                continue;
            }
            if (IndicatorColumns.isHeader(row) && !FundingHeader.is(row)) {
                funding.endSubItems();
                IndicatorColumns columns = IndicatorColumns.fromHeader(previousNonBlank(k), row);
                suzhou |= columns.has(IndicatorColumns.Field.WEIGHT) && row.findContaining("权重") >= 0;
                if (kind == Header.Kind.PROJECT && declaresOnly(columns)) {
                    kind = Header.Kind.DECLARATION; // targets with nothing achieved and no score: goals declared
                }
                if (block == null) {
                    block = new IndicatorBlock(columns, aligned, problems);
                }
                sawIndicatorHeader = true;
                k = readBlock(block, k + 1, funding);
                continue;
            }
            if (block == null && !sawIndicatorHeader && HeadlessBlock.isIndicatorRow(row, signInTarget())) {
                IndicatorColumns columns = HeadlessBlock.columns(rows, k, signInTarget());
                problems.inferred(row.line(), "指标表头", columns.order().toString(), "inference.headless_columns");
                // a table whose start is cut off: its printed sums cover rows that are not there
                problems.inferred(rows.get(0).line(), "总分", "", "inference.start_cut_off");
                block = new IndicatorBlock(columns, false, problems);
                tailOfRows = signInTarget() && !columns.has(IndicatorColumns.Field.OPERATOR);
                sawIndicatorHeader = true;
                k = readBlock(block, k);
                continue;
            }
            readOther(row, k, funding);
            k++;
        }
        if (block != null) {
            block.finish();
        }
        reportGaps(block);
        String layout = suzhou ? "suzhou" : kind == Header.Kind.DEPARTMENT ? "department" : "national";
        Header header = new Header(project, department, unit, year, currency, preparedBy, disclosureNo, kind);
        return new SelfEvaluation(header, funding.build(), new Goals(declared, achieved),
                block == null ? List.of() : block.indicators(), block == null ? null : block.weightSum,
                block == null ? null : block.scoreSum, maxTotal, total, grade, notes, layout, rows.isEmpty() ? 0 : rows.get(0).line());
    }

    /**
     * An indicator header of targets alone — no 实际完成值, no 分值 or 得分 — is a declaration's (绩效目标申报表): a
     * self-evaluation, and a completion sheet, print what was achieved.
     */
    private static boolean declaresOnly(IndicatorColumns columns) {
        return columns.isUnscored() && !columns.has(IndicatorColumns.Field.ACTUAL);
    }

    /** Reads indicator rows from {@code k} until the block ends; returns the index of the first row after it. */
    private int readBlock(IndicatorBlock block, int k) {
        return readBlock(block, k, null);
    }

    private int readBlock(IndicatorBlock block, int k, FundingBlock funding) {
        int apart = 0;
        while (k < rows.size()) {
            Row row = rows.get(k);
            String first = firstKey(row);
            if (tailOfRows && !row.isBlank() && !HeadlessBlock.isIndicatorRow(row, true) && !first.startsWith("合计") && !first.startsWith("总分")) {
                if (++apart >= 2) {
                    return k; // two rows that are no indicator's: the narrative after the table
                }
                k++;
                continue;
            }
            apart = 0;
            if (first.startsWith("总分") || first.startsWith("合计") || first.startsWith("其他需要说明") || first.startsWith("备注")
                    || first.startsWith("填表说明") || first.startsWith("自评等级") || first.startsWith("项目名称")
                    || (Vocabulary.isTitle(row.joinedKey()) && !row.joinedKey().contains("指标表")) || isTickBoxes(row)) {
                return k;
            }
            if (first.startsWith("项目绩效实现情况") || row.findContaining("实现情况(") >= 0) {
                Matcher m = MAX_POINTS.matcher(row.joinedKey());
                if (m.find()) {
                    maxTotal = new BigDecimal(m.group(1));
                }
            }
            if (IndicatorColumns.isHeader(row)) {
                block.headerAgain();
            } else if (funding == null || !funding.readBudgetInBlock(row)) {
                block.read(row);
            }
            k++;
        }
        return k;
    }

    private void readOther(Row row, int k, FundingBlock funding) {
        String joined = row.joinedKey();
        if (Vocabulary.isTitle(joined) && (joined.contains("整体支出") || joined.contains("部门整体"))) {
            kind = Header.Kind.DEPARTMENT;
        }
        // the title (above the indicators), or the start of a run-on row that begins with it
        if (!sawIndicatorHeader && Vocabulary.isDeclarationTitle(joined.length() <= 40 ? joined : joined.substring(0, 40))) {
            kind = Header.Kind.DECLARATION;
        }
        if (joined.contains("市级预算执行情况") || joined.contains("指标结余")) {
            suzhou = true;
        }
        if (disclosureNo == null && Vocabulary.isDisclosureNo(joined)) {
            disclosureNo = Vocabulary.disclosureNo(joined);
        }
        if (currency == null && (joined.contains("金额单位") || joined.contains("单位:") || joined.contains("资金(")
                || joined.contains("情况(") || joined.contains("资金(元)"))) {
            currency = CurrencyUnit.find(joined.replace("单位名称", ""));
        }
        readYear(row, joined);
        String v;
        if (projectByUnitName && (v = Labels.value(row, "项目名称")) != null && !v.isBlank()) {
            project = emptyToNull(v); // the 单位名称 above named the unit that filled the table in, this the project
            projectByUnitName = false;
        }
        if (project == null && (v = Labels.value(row, "项目名称", "部门(单位)名称", "部门名称", "单位名称")) != null) {
            project = emptyToNull(v);
            projectByUnitName = Labels.value(row, "项目名称", "部门(单位)名称", "部门名称") == null;
            if (row.findContaining("部门") >= 0 && Labels.value(row, "项目名称") == null && kind != Header.Kind.DECLARATION) {
                kind = Header.Kind.DEPARTMENT;
            }
        }
        if (department == null && (v = Labels.value(row, "项目主管部门(单位)", "主管部门(单位)", "项目主管部门", "主管部门")) != null) {
            department = emptyToNull(v);
        }
        if (unit == null && (v = Labels.value(row, "实施单位", "预算单位", "项目单位")) != null) {
            unit = emptyToNull(v);
        }
        if (preparedBy == null && (v = Labels.value(row, "编制单位")) != null) {
            preparedBy = emptyToNull(v.replaceAll("\\s*公开\\d+表.*$", ""));
        }
        if (funding.read(row)) {
            return;
        }
        String first = firstKey(row);
        if (row.find("预期目标") >= 0 || row.find("年度总体目标") >= 0 && row.find("实际完成情况") >= 0) {
            readGoals(row, k);
        } else if (first.startsWith("年度绩效目标") && !isPointsMark(row.nextValue(0))) {
            declared = row.nextValue(0); // not "(80分)": there the label heads the indicator block
        } else if (first.startsWith("项目实施情况") && achieved.isEmpty()) {
            achieved = row.nextValue(0);
        } else if (first.startsWith("其他需要说明")) {
            notes = row.nextValue(0);
        } else if (first.startsWith("总分") || (first.startsWith("合计") && sawIndicatorHeader)) {
            readTotals(row, k);
        }
    }

    private void readYear(Row row, String joined) {
        if (year != null) {
            return;
        }
        String y = Labels.value(row, "项目年份", "年度");
        BigDecimal n = y == null ? null : Numbers.parse(y.replace("年", ""));
        if (n != null && n.scale() <= 0 && n.intValue() >= 1990 && n.intValue() <= 2100) {
            year = n.intValue();
            return;
        }
        if (joined.length() <= 16 || Vocabulary.isTitle(joined)) {
            Matcher m = YEAR.matcher(joined);
            if (m.find() && !joined.contains("项目名称")) {
                year = Integer.parseInt(m.group(1));
            }
        }
    }

    private void readGoals(Row row, int k) {
        int declaredAt = row.find("预期目标");
        int achievedAt = row.find("实际完成情况");
        List<String> after = achievedAt < 0 ? List.of()
                : row.cells().subList(achievedAt + 1, row.size()).stream().filter(c -> !c.isBlank()).toList();
        if (after.size() >= 2) {
            // one cell per line: the two goals follow their labels in the same row
            declared = Text.clean(after.get(0));
            achieved = Text.clean(after.get(1));
            return;
        }
        Row values = nextNonBlank(k);
        if (values == null || IndicatorColumns.isHeader(values) || !firstKey(values).isEmpty() && Labels.isLabel(firstKey(values))) {
            return;
        }
        String d = declaredAt >= 0 ? values.cell(declaredAt) : "";
        String a = achievedAt >= 0 ? values.cell(achievedAt) : "";
        if (d.isEmpty() || a.isEmpty()) {
            List<String> texts = values.cells().stream().filter(c -> !c.isBlank()).toList();
            d = d.isEmpty() && !texts.isEmpty() ? texts.get(0) : d;
            a = a.isEmpty() && texts.size() > 1 ? texts.get(texts.size() - 1) : a;
        }
        declared = Text.clean(d);
        achieved = Text.clean(a);
    }

    /** 总分 (总分值, 总得分) and 自评等级, on the row or on the next one when the header and figures are split. */
    private void readTotals(Row row, int k) {
        sawTotal = true;
        readFigures(row);
        Row next = nextNonBlank(k);
        if ((total == null || grade == null) && next != null && carriesFigures(next)) {
            readFigures(next);
        }
    }

    private void readFigures(Row row) {
        List<BigDecimal> numbers = new java.util.ArrayList<>();
        for (String c : row.cells()) {
            BigDecimal n = Numbers.parse(c);
            if (n != null) {
                numbers.add(n);
            } else if (grade == null && Vocabulary.isGrade(c)) {
                grade = Text.key(c);
            }
        }
        if (numbers.size() >= 2 && total == null) {
            maxTotal = numbers.get(numbers.size() - 2);
            total = numbers.get(numbers.size() - 1);
        } else if (numbers.size() == 1 && total == null) {
            total = numbers.get(0);
        }
    }

    /** The row under a split 总分 header: figures or a grade, and no label of its own. */
    private static boolean carriesFigures(Row row) {
        String first = firstKey(row);
        if (first.isEmpty() || first.startsWith("自评等级")) {
            return true;
        }
        return (row.numberCount() > 0 || isGradeOnly(row)) && !Labels.isLabel(first) && !first.startsWith("备注");
    }

    private static boolean isGradeOnly(Row row) {
        return row.nonBlankCount() == 1 && row.cells().stream().anyMatch(Vocabulary::isGrade);
    }

    private void reportGaps(IndicatorBlock block) {
        int line = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).line();
        if (project == null) {
            problems.add(rows.isEmpty() ? 0 : rows.get(0).line(), "table.no_project");
        }
        if (!sawIndicatorHeader || block == null || block.indicators().isEmpty()) {
            problems.add(line, "table.no_indicators");
        } else if (!sawTotal && kind != Header.Kind.DECLARATION) { // a declaration has no 总分
            problems.add(line, "table.no_total");
        }
    }

    private Row previousNonBlank(int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (!rows.get(j).isBlank()) {
                return rows.get(j);
            }
        }
        return null;
    }

    private Row nextNonBlank(int k) {
        for (int j = k + 1; j < rows.size(); j++) {
            if (!rows.get(j).isBlank()) {
                return rows.get(j);
            }
        }
        return null;
    }

    private static String firstKey(Row row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.cell(i).isBlank()) {
                return row.key(i);
            }
        }
        return "";
    }

    /** A field of tick boxes (优秀□ 良好□ 合格□): a form's question after the indicators, no indicator row. */
    private static boolean isTickBoxes(Row row) {
        String k = row.joinedKey();
        if (k.indexOf('□') < 0 && k.indexOf('☐') < 0 && k.indexOf('☑') < 0 && k.indexOf('■') < 0) {
            return false; // most rows: four quick scans, no loop
        }
        int boxes = 0;
        for (int i = 0; i < k.length() && boxes < 2; i++) {
            char c = k.charAt(i);
            if (c == '□' || c == '☐' || c == '☑' || c == '■') {
                boxes++;
            }
        }
        return boxes >= 2;
    }

    /** A cell that is only the points of a group: (80分), 20分. */
    static boolean isPointsMark(String cell) {
        return Text.key(cell).matches("[(（]?\\d+(\\.\\d+)?分[)）]?");
    }

    private static String emptyToNull(String v) {
        return v == null || v.isBlank() ? null : Text.clean(v);
    }
}
