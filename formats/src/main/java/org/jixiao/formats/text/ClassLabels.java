package org.jixiao.formats.text;

import java.util.List;

/**
 * The class labels (一级 and 二级指标) of the published scoring frameworks — the 2020 common indicators (决策 / 过程 / 产出 /
 * 效益), the 2013 project framework (项目决策 / 项目管理 / 项目绩效) and its provincial versions, and the department-wide
 * ones — for telling a class label from the name that extraction glued to it ("项目完成完成数量"). Four characters and
 * more only: a shorter one starts too many names.
 */
final class ClassLabels {
    private static final List<String> LABELS = List.of(
            "项目决策", "项目管理", "项目绩效", "项目过程", "项目产出", "项目效益", "项目立项", "项目目标", "决策过程",
            "科学决策", "绩效目标", "资金投入", "资金落实", "资金到位", "资金管理", "资金分配", "财务管理", "业务管理",
            "组织实施", "项目执行", "投入管理", "项目实施", "项目完成", "产出数量", "产出质量", "产出时效", "产出成本",
            "部门决策", "部门管理", "部门绩效", "目标任务", "预算编制", "预算执行", "综合管理");

    /** The frameworks' 一级 classes among them: the classes the others stand under. */
    private static final java.util.Set<String> FIRST_LEVEL = java.util.Set.of(
            "项目决策", "项目管理", "项目绩效", "项目过程", "项目产出", "项目效益", "部门决策", "部门管理", "部门绩效");

    private ClassLabels() {
    }

    static boolean isFirstLevel(String label) {
        return FIRST_LEVEL.contains(label);
    }

    /**
     * {class, rest} where {@code compact} (no white space) starts with a class label and goes on with a name of two
     * characters or more (not a parenthesis: "经济效益(可选项)" is one name), else null.
     */
    static String[] splitLeading(String compact) {
        for (String label : LABELS) {
            if (compact.length() >= label.length() + 2 && compact.startsWith(label)) {
                char next = compact.charAt(label.length());
                if (next != '(' && next != '（' && next != ':' && next != '：' && next != '率' && next != '情') {
                    return new String[]{label, compact.substring(label.length())};
                }
            }
        }
        return null;
    }

    /**
     * The length of the class label starting at {@code i} of a run-on line, with its points ((10分), (10)) where
     * they follow it; 0 when none starts there.
     */
    static int at(String s, int i) {
        for (String label : LABELS) {
            if (s.startsWith(label, i)) {
                int end = i + label.length();
                java.util.regex.Matcher p = POINTS.matcher(s.substring(end, Math.min(s.length(), end + 8)));
                return p.find() ? end + p.end() - i : label.length();
            }
        }
        return 0;
    }

    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile("^[(（]\\d+(\\.\\d+)?分?[)）]$|^[(（]\\d+(\\.\\d+)?分?[)）]");

    /** The class label a whole cell is, its points ((10分)) left off; null when the cell is more than that. */
    static String whole(String compact) {
        int n = at(compact, 0);
        return n > 0 && n == compact.length() ? compact.substring(0, LABELS.stream().filter(compact::startsWith).findFirst().orElseThrow().length()) : null;
    }

    /** A group's points alone, left over from a label run into the row before: (10), (10分). */
    static boolean isPointsOnly(String compact) {
        return POINTS.matcher(compact).matches();
    }
}
