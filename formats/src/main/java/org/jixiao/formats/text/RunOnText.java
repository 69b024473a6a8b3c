package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.text.Text;

/**
 * Text whose cells were run together with no separator at all, a whole table on one line ("项目名称初中公用经费主管部门
 * 银川市教育局…"), as document-sharing sites and some PDF extractions leave it. Each such line is cut into cells at
 * the labels the form prints and at the edges of the figures, and the cells are read as one cell per line.
 */
final class RunOnText {
    /** The form's labels, longest first where one starts another. */
    private static final String[] LABELS = {
            "项目名称", "项目主管部门", "主管部门", "项目实施单位", "实施单位", "预算单位", "项目单位",
            "年初预算数", "全年预算数", "调整后预算数", "全年执行数", "预算数(A)", "执行数(B)", "执行率(B/A)",
            // a department's scoring sheet: 预算数(万元) | 执行数(万元) | 预算执行率 (预算数 and 执行数 only with their unit)
            "预算数", "执行数", "预算执行率", "指标解释", "评分标准", "指标评价内容",
            "年度资金总额", "资金总体", "基本支出", "其中:当年财政拨款", "当年财政拨款", "上年结转资金", "其他资金", "资金来源",
            "年度总体目标", "年初设定目标", "预期目标", "实际完成情况", "全年实际完成情况",
            "一级指标", "二级指标", "三级指标", "年度指标值", "年初目标值", "指标值", "实际完成值", "全年实际值",
            "全年完成值", "分值", "得分", "偏差原因分析及改进措施", "未完成原因分析及改进措施", "未完成原因及改进措施",
            "未完成原因和改进措施",
            "社会公众或服务对象满意度指标", "服务对象或受益者满意度指标", "服务对象满意度指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
            "产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标", "成本指标",
            "产出数量", "产出质量", "产出时效", "产出成本", "社会效益", "经济效益", "生态效益", "可持续影响",
            // the classes as Fujian's forms word them
            "产出目标", "效益目标", "数量目标", "质量目标", "时效目标", "成本目标",
            "预算执行情况", "总分", "自评等级",
            // a declaration's (绩效目标申报表) labels; 绩效目标 and 绩效指标 not where a title goes on (绩效目标表, 绩效指标表)
            "项目属性", "项目负责人", "项目起止时间", "项目概况", "立项依据", "长期目标", "中期目标", "年度目标", "绩效目标",
            "长期绩效指标", "年度绩效指标", "绩效指标",
            // an evaluation report form's basic block
            "计划安排资金", "实际到位资金", "实际支出数", "实际支出", "评价类型", "评价方式", "评价机构"};
    /** Labels that are a title's words where 表 or 申报 follows them. */
    private static final Pattern TITLE_GOES_ON = Pattern.compile("^(绩效目标|绩效指标)(表|申报)");
    /** A label's points, printed inside it: 产出指标(50分). */
    private static final Pattern POINTS = Pattern.compile("^[(（]\\d+(\\.\\d+)?分[)）]");
    /**
     * The letter a column's label carries for the form's formulas, 指标值(A), recognition reading the A as 八: the
     * label's, not a cell of its own.
     */
    private static final Pattern COLUMN_LETTER = Pattern.compile("^[(（][A-Z八][)）]");
    /** The unit an amount's label prints after it: 实际支出(万元). */
    private static final Pattern MONEY_UNIT = Pattern.compile("^ ?[(（](万元|元)[)）]");
    /** Labels that are a column's only with their unit after them: 预算数(万元), not 结余数/预算数 in a formula. */
    private static final Set<String> WITH_UNIT_ONLY = Set.of("预算数", "执行数");
    /** A page of a document-sharing site starts with its number: "2、". */
    private static final Pattern PAGE_MARK = Pattern.compile("^\\d{1,2}、(?=\\S)");
    /**
     * A numbering prefix of the next row, 指标2：, is a row boundary and no text of its own; recognition reads its 1 as
     * L, l or I (指标L), with no colon before the next prefix.
     */
    private static final Pattern NUMBERING = Pattern.compile("^指标(?:\\d+[:：]|[1lLI](?=指标))");
    /** A date as a target or an actual prints it: 2021年12月完成, 2022年6月底前. */
    private static final Pattern DATE = Pattern.compile("^(?:19|20)\\d{2}年\\d{1,2}月(?:\\d{1,2}日)?(?:底前|底|前|完成|末)?");
    /** A weight of one or two figures run into the year after it: 52021年12月. */
    private static final Pattern WEIGHT_BEFORE_YEAR = Pattern.compile("^(\\d{1,2})(?=(?:19|20)\\d{2}年\\d{1,2}月)");
    private static final Pattern QUANTITY = Pattern.compile(
            "^(?:[≥≤><=≧≦＞＜＝]=?|不低于|不高于|不少于|不超过|大于等于|小于等于|大于|小于)?\\d[\\d,]*(?:\\.\\d+)?(?:%|％|‰|万元|元|公里|人次|个|件|人|吨|次|起|户|亩|天|家|所|台|套|项|座|辆|处|场|期|批|平方米|立方米|米|千米|小时|分钟|月|年)?");
    /** The same amount printed twice with nothing between (budget and executed alike): "535.50535.50". */
    private static final Pattern SAME_AMOUNT_TWICE = Pattern.compile("^(\\d+\\.\\d{2})\\1(?![\\d.%％])");
    private static final Pattern GLUED_RATE = Pattern.compile("^\\d[\\d.]*\\.\\d[\\d.]*[%％]|^\\d{4,}[%％]");
    /** Where the labels of a long line make it a run-on table rather than a sentence. */
    private static final int LONG = 80;
    private static final int LABELS_IN_A_TABLE = 4;
    /** So many of the form's labels in one line are a whole table's head run together, not a sentence naming some. */
    private static final int LABELS_OF_A_WHOLE_TABLE = 8;

    /** The cells with the line each comes from, and what was inferred in cutting them. */
    record Cells(List<String> cells, List<Integer> lines, List<Inference> inferences) {
    }

    private RunOnText() {
    }

    /** True when most of the text stands in long lines of labels and figures run together. */
    static boolean applies(String[] lines) {
        long all = 0;
        long runOn = 0;
        boolean wholeTable = false;
        int delimited = 0;
        for (String l : lines) {
            int n = l.strip().length();
            all += n;
            if (isRunOn(l)) {
                runOn += n;
                // a table's head from its 项目名称 on, not a footnote naming the columns
                wholeTable |= isRunOn(l, LABELS_OF_A_WHOLE_TABLE) && Text.key(l).contains("项目名称");
            }
            if (l.indexOf('\t') >= 0 || l.indexOf('|') >= 0) {
                delimited++;
            }
        }
        // a table run together into one line among a document site's page list: the table, however short the share
        return runOn > 0 && (runOn * 10 >= all * 4 || wholeTable && delimited <= 2);
    }

    static boolean isRunOn(String line) {
        return isRunOn(line, LABELS_IN_A_TABLE);
    }

    /**
     * A long line of labels and figures with few spaces; in a text already read as run-on, a page of it (a line
     * starting with its page mark, or one more label) is one too.
     */
    private static boolean isRunOn(String line, int labelsNeeded) {
        if (line.length() < LONG || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u3000') {
                spaces++;
            }
        }
        if (spaces * 8 > line.length()) {
            return false; // cells separated by spaces: read as they are
        }
        String key = Text.key(line);
        int labels = 0;
        for (String l : LABELS) {
            if (key.contains(l)) {
                labels++;
            }
        }
        return labels >= labelsNeeded;
    }

    /** Every line as cells: a run-on line cut up, any other line a cell of its own. */
    static Cells cells(String[] lines) {
        List<String> cells = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        List<Inference> inferences = new ArrayList<>();
        Sheet sheet = Sheet.OTHER;
        for (int i = 0; i < lines.length; i++) {
            boolean page = PAGE_MARK.matcher(lines[i].strip()).find();
            boolean runOn = isRunOn(lines[i], page ? 1 : LABELS_IN_A_TABLE);
            // the next page of a sheet whose header put the weights between words goes on with its rows
            Sheet carried = page ? sheet : Sheet.OTHER;
            List<String> cut = runOn ? repaired(cut(lines[i], carried), i + 1, inferences) : List.of(lines[i]);
            if (runOn) {
                Sheet own = Sheet.of(lines[i]);
                sheet = own != Sheet.OTHER ? own : carried;
                if (page) {
                    cut = new ArrayList<>(cut);
                    joinLabelAcrossPages(cells, cut);
                }
            }
            for (String c : cut) {
                cells.add(c);
                at.add(i + 1);
            }
        }
        return new Cells(cells, at, inferences);
    }

    /** The cells with recognition slips repaired and glued figures cut where the arithmetic allows. */
    private static List<String> repaired(List<String> cells, int line, List<Inference> inferences) {
        List<String> out = new ArrayList<>(cells.size());
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k);
            OcrSlips.Repair r = OcrSlips.repair(c);
            if (r != null) {
                inferences.add(ReaderMessages.inference(line, c, r.cell(), r.key(), r.args()));
                c = r.cell();
            }
            GluedFigures.Cut cut = GluedAnswer.cut(c);
            if (cut == null) {
                cut = GluedFigures.amountsAndRate(c);
            }
            if (cut == null && k + 1 < cells.size()) {
                cut = GluedFigures.weightBeforeTarget(c, cells.get(k + 1));
            }
            if (cut == null && k > 0 && isRate(cells.get(k - 1))) {
                cut = GluedFigures.weightAndScore(c);
            }
            boolean afterWeight = k > 1 && WeightBeforeCriteria.isFigure(cells.get(k - 1)) && IndicatorRowShape.isName(cells.get(k - 2));
            if (cut == null && k > 0 && (IndicatorRowShape.isName(cells.get(k - 1)) || afterWeight) && !Vocabulary.isLevelLabel(c)) {
                // a target and its actual in the same words after a weight (符合要求符合要求): longer than a figure's
                cut = afterWeight ? GluedFigures.sameTwice(c, 24) : GluedFigures.sameTwice(c);
            }
            if (cut != null) {
                inferences.add(ReaderMessages.inference(line, cut.field(), String.join(" | ", cut.cells()), cut.key(), cut.args()));
                out.addAll(cut.cells());
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isRate(String cell) {
        String c = cell.strip();
        return !c.isEmpty() && (c.endsWith("%") || c.endsWith("％")) && Character.isDigit(c.charAt(0));
    }

    /** A scoring sheet whose header puts the weights between words, and which words: the criteria's or the target's. */
    enum Sheet {
        OTHER, WEIGHT_BEFORE_CRITERIA, WEIGHT_BEFORE_TARGET;

        static Sheet of(String line) {
            return WeightBeforeCriteria.headerEnd(line) >= 0 ? WEIGHT_BEFORE_CRITERIA
                    : WeightBeforeTarget.headerEnd(line) >= 0 ? WEIGHT_BEFORE_TARGET : OTHER;
        }
    }

    /**
     * A label the page break cut in two (社会效益 | 3、指标效果显著): the page's first word 指标 ends the last cell of the
     * page before where the two make a label of the form.
     */
    private static void joinLabelAcrossPages(List<String> before, List<String> page) {
        if (before.isEmpty() || page.isEmpty() || !page.get(0).startsWith("指标")) {
            return;
        }
        String joined = before.get(before.size() - 1) + "指标";
        if (joined.equals(labelAt(joined, 0))) {
            before.set(before.size() - 1, joined);
            String rest = page.get(0).substring(2);
            if (rest.isEmpty()) {
                page.remove(0);
            } else {
                page.set(0, rest);
            }
        }
    }

    /** One run-on line into cells: labels and figures stand alone, the words between them are one cell. */
    static List<String> cut(String line) {
        return cut(line, Sheet.OTHER);
    }

    /**
     * @param carried the sheet the page before this line is of, where this line is its next page (its header puts the
     *                weights between words: so are they on this page, from its start)
     */
    static List<String> cut(String line, Sheet carried) {
        String s = OcrLabels.words(BrokenDecimal.join(joinSpacedWords(PAGE_MARK.matcher(line.strip()).replaceFirst(""))));
        List<String> repeated = RepeatedCells.in(s);
        int criteriaFrom = WeightBeforeCriteria.headerEnd(s);
        Sheet sheet = criteriaFrom >= 0 ? Sheet.WEIGHT_BEFORE_CRITERIA : Sheet.OTHER;
        if (criteriaFrom < 0) {
            criteriaFrom = WeightBeforeTarget.headerEnd(s);
            sheet = criteriaFrom >= 0 ? Sheet.WEIGHT_BEFORE_TARGET : carried;
        }
        if (criteriaFrom < 0 && carried != Sheet.OTHER) {
            criteriaFrom = 0;
        }
        boolean criteriaNext = false;
        List<String> out = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        boolean afterFigure = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '…') {
                // an ellipsis is a template's placeholder row (……) or a cut: no cell, but the end of the one before it
                flush(words, out);
                i++;
                continue;
            }
            // right after a row's weight come the words on how it is scored: a label there is their first word
            String label = criteriaNext ? null : labelAt(s, i);
            String misread = label == null ? OcrLabels.at(s, i) : null;
            if (misread == null && label == null && WeightBeforeTarget.scrambledAt(s, i) > 0) {
                misread = WeightBeforeTarget.label(); // its characters out of order (考值参分): the label as printed
            }
            if (misread != null) {
                // a label with one character misread (年初预匏数): the label as the form prints it
                flush(words, out);
                out.add(misread);
                i += misread.length();
                afterFigure = false;
                continue;
            }
            String cell = label == null ? RepeatedCells.at(repeated, s, i) : null;
            if (cell != null) {
                flush(words, out);
                out.add(cell);
                i += cell.length();
                afterFigure = false;
                continue;
            }
            if (label != null) {
                flush(words, out);
                int end = i + label.length();
                Matcher p = POINTS.matcher(s.substring(end));
                Matcher u = MONEY_UNIT.matcher(s.substring(end));
                boolean amountLabel = false;
                Matcher letter = COLUMN_LETTER.matcher(s.substring(end, Math.min(s.length(), end + 3)));
                if (p.find()) {
                    end += p.end();
                } else if (letter.find()) {
                    end += letter.end();
                } else if (WeightBeforeCriteria.isCriteria(label) && s.startsWith("(", end)) {
                    int close = s.indexOf(')', end);
                    end = close > 0 && close - end <= 16 ? close + 1 : end; // 指标评价内容(公式计算结果=x): the label's note
                } else if (u.find()) {
                    end += u.end(); // 计划安排资金(万元): the unit is the label's, the figure after it its amount
                    amountLabel = true;
                }
                out.add(s.substring(i, end));
                i = end;
                afterFigure = false;
                if (amountLabel) {
                    Matcher q = QUANTITY.matcher(s.substring(i));
                    if (q.find() && q.end() > 0 && Character.isDigit(s.charAt(i))) {
                        out.add(s.substring(i, i + q.end()));
                        i += q.end();
                        afterFigure = true;
                    }
                }
                continue;
            }
            Matcher n = NUMBERING.matcher(s.substring(i, Math.min(s.length(), i + 8)));
            if (n.find()) {
                flush(words, out);
                i += n.end();
                afterFigure = false;
                continue;
            }
            Matcher glued = startsFigure(s, i, words) ? GLUED_RATE.matcher(s.substring(i)) : null;
            if (glued != null && glued.find()) {
                // figures run together up to a percent sign: one cell, for GluedFigures to cut by the arithmetic
                i += cell(s, i, glued.end(), words, out);
                afterFigure = true;
                continue;
            }
            Matcher twice = startsFigure(s, i, words) ? SAME_AMOUNT_TWICE.matcher(s.substring(i, Math.min(s.length(), i + 40))) : null;
            if (twice != null && twice.find()) {
                // one amount twice, two decimals each: the budget and the executed of a row whose rate is 100 %
                flush(words, out);
                out.add(twice.group(1));
                out.add(twice.group(1));
                i += twice.end();
                afterFigure = true;
                continue;
            }
            int classLabel = criteriaFrom >= 0 && i > criteriaFrom && !criteriaNext ? ClassLabels.at(s, i) : 0;
            if (classLabel > 0 && !out.isEmpty() && s.startsWith(out.get(out.size() - 1), i)) {
                classLabel = 0; // the class's own words opening a name under it (财务管理 | 财务管理制度有效性)
            }
            if (classLabel > 0) {
                // the class labels run into the first name of their rows, with their points: cells of their own
                flush(words, out);
                out.add(s.substring(i, i + classLabel));
                i += classLabel;
                afterFigure = false;
                continue;
            }
            int weight = criteriaFrom >= 0 && i > criteriaFrom ? WeightBeforeCriteria.figureAt(s, i) : 0;
            if (weight == 0 && sheet == Sheet.WEIGHT_BEFORE_TARGET && !criteriaNext && i > criteriaFrom) {
                weight = weightBeforeDash(s, i); // 有效性6-严格执行…: the weight, then the target printed as a dash
            }
            if (weight > 0) {
                // a weight or a score between a name and the words on how it is scored: a cell of its own
                boolean afterName = words.length() > 0 || !out.isEmpty() && !WeightBeforeCriteria.isFigure(out.get(out.size() - 1));
                flush(words, out);
                criteriaNext = afterName && !criteriaNext; // a weight after its name; the score after the words closes the row
                out.add(s.substring(i, i + weight));
                i += weight;
                afterFigure = true;
                int dash = criteriaNext && sheet == Sheet.WEIGHT_BEFORE_TARGET ? nothingPrintedAt(s, i) : 0;
                if (dash > 0) {
                    // the target printed as a dash before what was done (4一目标明确…): a cell of its own
                    out.add(s.substring(i, i + dash));
                    i += dash;
                }
                continue;
            }
            // only where targets stand between the figures: in the criteria's words a date is part of them
            Matcher date = sheet == Sheet.WEIGHT_BEFORE_TARGET && i > criteriaFrom && startsFigure(s, i, words) ? DATE.matcher(s.substring(i)) : null;
            if (date != null && date.find()) {
                // a date a row's target or actual is (2021年12月完成): one cell, not a year, a month and a word
                i += cell(s, i, date.end(), words, out);
                afterFigure = true;
                continue;
            }
            Matcher gluedYear = criteriaNext ? null : WEIGHT_BEFORE_YEAR.matcher(s.substring(i));
            if (sheet == Sheet.WEIGHT_BEFORE_TARGET && gluedYear != null && i > 0 && isCjk(s.charAt(i - 1)) && gluedYear.find()) {
                // a weight run into the year of a date after its name (完成时间52021年12月): the weight, then the date
                flush(words, out);
                out.add(gluedYear.group(1));
                i += gluedYear.group(1).length();
                criteriaNext = true;
                afterFigure = true;
                continue;
            }
            Matcher q = startsFigure(s, i, words) ? QUANTITY.matcher(s.substring(i)) : null;
            if (q != null && q.find() && standsAlone(s, i, q.end(), words, afterFigure, repeated)) {
                flush(words, out);
                if (criteriaNext && WeightBeforeCriteria.isFigure(s.substring(i, i + q.end())) && q.end() <= 3) {
                    criteriaNext = false; // a score right after a figure (100%9): it closes the row as after words
                }
                out.add(s.substring(i, i + q.end()));
                i += q.end();
                afterFigure = true;
                continue;
            }
            words.append(c);
            i++;
            if (!Character.isWhitespace(c)) {
                afterFigure = false;
            }
        }
        flush(words, out);
        return out;
    }

    private static boolean startsFigure(String s, int i, StringBuilder words) {
        char c = s.charAt(i);
        boolean sign = "≥≤><=≧≦＞＜＝不大小".indexOf(c) >= 0;
        if (!Character.isDigit(c) && !sign) {
            return false;
        }
        // a digit right after a Latin letter or a dot is inside a word or a number ("G244", "3.5")
        return words.isEmpty() || !Character.isLetterOrDigit(words.charAt(words.length() - 1)) || isCjk(words.charAt(words.length() - 1));
    }

    /**
     * A figure is a cell of its own when nothing but another figure, a label or the end follows it, when it ends in
     * a percent sign or carries a comparison, or when it follows another figure; inside words ("5000吨稻谷",
     * "6小时内") it is part of them.
     */
    private static boolean standsAlone(String s, int start, int length, StringBuilder words, boolean afterFigure,
                                       List<String> repeated) {
        String figure = s.substring(start, start + length);
        int end = start + length;
        if (end >= s.length() || s.charAt(end) == ' ' || Character.isDigit(s.charAt(end)) || labelAt(s, end) != null
                || RepeatedCells.at(repeated, s, end) != null
                || "≥≤><=≧≦".indexOf(s.charAt(end)) >= 0 || NUMBERING.matcher(s.substring(end, Math.min(s.length(), end + 8))).find()) {
            return true;
        }
        if (figure.endsWith("%") || figure.endsWith("％") || !Character.isDigit(figure.charAt(0)) || labelCutOff(s, end)) {
            return true;
        }
        return afterFigure && words.isEmpty();
    }

    /** The text ends in the first part of a label ("…20100社会公众或服务对象满意度指"): the table cut off in its next row. */
    private static boolean labelCutOff(String s, int from) {
        String rest = s.substring(from).strip();
        if (rest.length() < 4 || rest.length() > 20) {
            return false;
        }
        for (String l : LABELS) {
            if (l.length() > rest.length() && l.startsWith(rest)) {
                return true;
            }
        }
        return false;
    }

    static String labelAt(String s, int i) {
        String best = null;
        for (String l : LABELS) {
            if (s.startsWith(l, i) && (best == null || l.length() > best.length())) {
                best = l;
            }
        }
        if (best != null && WITH_UNIT_ONLY.contains(best)
                && !MONEY_UNIT.matcher(s.substring(i + best.length(), Math.min(s.length(), i + best.length() + 6))).find()) {
            return null;
        }
        if (best != null && best.startsWith("绩效") && TITLE_GOES_ON.matcher(s.substring(i, Math.min(s.length(), i + 8))).find()) {
            return null;
        }
        return best;
    }

    /** Ends the words before {@code i} and makes the {@code length} characters from it a cell; its length. */
    private static int cell(String s, int i, int length, StringBuilder words, List<String> out) {
        flush(words, out);
        out.add(s.substring(i, i + length));
        return length;
    }

    private static void flush(StringBuilder words, List<String> out) {
        String w = words.toString().strip();
        if (!w.isEmpty()) {
            out.add(w);
        }
        words.setLength(0);
    }

    /** "绩 效 指 标", "一级 指标": a space between two Chinese characters is a break inside a word, not a cell edge. */
    private static String joinSpacedWords(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ' ' || c == '\u3000') && i > 0 && i + 1 < s.length() && isCjk(s.charAt(i - 1)) && isCjk(s.charAt(i + 1))) {
                continue;
            }
            b.append(c == '\u3000' ? ' ' : c);
        }
        return b.toString();
    }

    private static boolean isCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    /** The length of a weight of one or two figures after a word and before a dash and words (有效性6-严格); 0 when none. */
    private static int weightBeforeDash(String s, int i) {
        if (i == 0 || !isCjk(s.charAt(i - 1)) || !Character.isDigit(s.charAt(i))) {
            return 0;
        }
        int end = i;
        while (end < s.length() && Character.isDigit(s.charAt(end)) && end - i < 3) {
            end++;
        }
        return end - i <= 2 && nothingPrintedAt(s, end) > 0 ? end - i : 0;
    }

    /** The length of a dash (一, -, —) standing for a target printed as nothing, before words; 0 when none is there. */
    private static int nothingPrintedAt(String s, int i) {
        if (i + 1 >= s.length() || "一-—－".indexOf(s.charAt(i)) < 0) {
            return 0;
        }
        char next = s.charAt(i + 1);
        // 一个, 一次: the numeral of a quantity, not a dash
        return isCjk(next) && "个次项件人年月天批".indexOf(next) < 0 && next != '一' ? 1 : 0;
    }
}
