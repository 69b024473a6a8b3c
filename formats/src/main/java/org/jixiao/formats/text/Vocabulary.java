package org.jixiao.formats.text;

import java.util.regex.Pattern;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.text.Text;

/** The words of the printed forms, matched on comparison keys (NFKC, no white space, simplified script). */
final class Vocabulary {
    private static final Pattern POINTS = Pattern.compile("[(（]?\\d+(\\.\\d+)?分[)）]?$");
    private static final Pattern LEVEL1 = Pattern.compile("(一级指标)?[:：]?(产出|效益|满意度|决策|过程|投入|结果|项目产出|项目效益|项目完成)(指标|目标)?");
    private static final Pattern LEVEL2 = Pattern.compile("(二级指标)?[:：]?(产出数量|产出质量|产出时效|产出成本|数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|可持续性发展影响|可持续发展影响|服务对象满意度|服务对象或受益者满意度|社会公众或服务对象满意度|社会公众|满意度|项目立项|资金落实|业务管理|财务管理|绩效目标|资金管理)(指标)?|(数量|质量|时效|成本)目标");
    private static final Pattern DISCLOSURE_NO = Pattern.compile("公开\\d+表");
    private static final Pattern GRADE = Pattern.compile("[优良中差]|优秀|良好|合格|不合格|较差");
    /**
     * The longest key LEVEL1 or LEVEL2 is tried on: 二级指标:生态环境成本指标, 社会公众或服务对象满意度指标 (the longer labels are
     * not matched with the 二级指标: prefix). Longer cells — most names — are spared the patterns, on the reader's hot path.
     */
    private static final int LONGEST_LEVEL = 14;

    private Vocabulary() {
    }

    private static String withoutPoints(String key) {
        return POINTS.matcher(key).replaceFirst("");
    }

    static boolean isLevel1(String cell) {
        String k = levelKey(cell);
        return !k.isEmpty() && LEVEL1.matcher(k).matches();
    }

    static boolean isLevel2(String cell) {
        String k = levelKey(cell);
        return !k.isEmpty() && LEVEL2.matcher(k).matches();
    }

    /** The key a level label is matched on; "" for a cell too long to be one, which spares sentences the regexes. */
    private static String levelKey(String cell) {
        String k = Text.key(cell);
        if (k.length() > LONGEST_LEVEL && !k.endsWith("分") && !k.endsWith("分)")) {
            return "";
        }
        return withoutPoints(k);
    }

    static boolean isLevelLabel(String cell) {
        return isLevel1(cell) || isLevel2(cell);
    }

    /** The funding row a label names, or null. */
    static FundingRow.Kind fundingRow(String cell) {
        String k = Text.key(cell);
        if (k.startsWith("其中:") || k.startsWith("其中：")) {
            k = k.substring(3);
        } else if (k.startsWith("其中")) {
            k = k.substring(2);
        }
        if (k.startsWith("年度资金总额") || k.startsWith("年度财政资金总额") || k.equals("资金总额") || k.equals("总额")
                || k.equals("资金总体")) { // 资金总体 = 基本支出 + 项目支出 + 其他, on a department's scoring sheet
            return FundingRow.Kind.TOTAL;
        }
        if (k.startsWith("当年财政拨款") || k.startsWith("财政拨款") || k.startsWith("本年财政拨款") || k.equals("财政资金")) {
            return FundingRow.Kind.CURRENT_FISCAL;
        }
        if (k.startsWith("上年结转") || k.startsWith("上年结余结转")) {
            return FundingRow.Kind.CARRIED_OVER;
        }
        if (k.startsWith("其他资金")) {
            return FundingRow.Kind.OTHER;
        }
        if (k.startsWith("基本支出")) {
            return FundingRow.Kind.BASIC;
        }
        if (k.startsWith("项目支出") && !k.contains("绩效")) {
            return FundingRow.Kind.PROJECT;
        }
        return null;
    }

    static boolean isTitle(String key) {
        return key.contains("自评表") || key.contains("自评价表") || key.contains("自我评价表");
    }

    /** The title of a declaration of goals (绩效目标申报表, 项目绩效目标表), not of a self-evaluation. */
    static boolean isDeclarationTitle(String key) {
        return (key.contains("绩效目标申报表") || key.contains("绩效目标表") || key.contains("目标申报表")) && !key.contains("自评");
    }

    static boolean isDisclosureNo(String key) {
        return DISCLOSURE_NO.matcher(key).find();
    }

    static String disclosureNo(String key) {
        var m = DISCLOSURE_NO.matcher(key);
        return m.find() ? m.group() : null;
    }

    static boolean isGrade(String cell) {
        return GRADE.matcher(Text.key(cell)).matches();
    }

    private static final Pattern WORD_AND_REASON = Pattern.compile("^\\s*([^（(]+?)\\s*[（(](.+)[)）]\\s*$", Pattern.DOTALL);

    /**
     * An actual cell that says why no actual stands there, on forms with no column for it: "无（年中调整，不再考核）",
     * "调整剔除(项目取消)". Gives the word and the reason, or null when the cell is anything else (a figure, "90%（抽检）").
     */
    static String[] wordAndReason(String cell) {
        var m = WORD_AND_REASON.matcher(cell);
        if (!m.matches() || !(meansNothing(m.group(1)) || meansExcluded(m.group(1)))) {
            return null;
        }
        return new String[]{m.group(1), m.group(2).strip()};
    }

    /** An actual cell saying an approved adjustment took the row out (调整剔除, 已调整剔除, 调整删除). */
    static boolean meansExcluded(String cell) {
        String k = Text.key(cell);
        return k.equals("调整剔除") || k.equals("已调整剔除") || k.equals("调整删除") || k.equals("已调整删除");
    }

    /** Words that mean "no actual": the row was not reported. */
    static boolean meansNothing(String cell) {
        String k = Text.key(cell);
        return k.isEmpty() || k.equals("无") || k.equals("暂无") || k.equals("-") || k.equals("—") || k.equals("/")
                || k.equals("--") || k.equals("——") || k.equals("未填报") || k.equals("不适用") || k.equals("未完成统计");
    }
}
