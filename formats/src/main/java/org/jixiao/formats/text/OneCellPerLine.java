package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * Rebuilds rows from an extraction that put every cell on a line of its own. A row starts at a label the form
 * prints first in a row (项目名称, 年度资金总额, 产出指标, 总分 …); in the indicator block a row ends after its weight
 * and score, with the deviation reason that may follow.
 */
final class OneCellPerLine {
    private static final String[] ROW_STARTS = {"项目名称", "主管部门", "实施单位", "项目资金", "年度资金总额", "其中", "当年财政拨款",
            "上年结转", "其他资金", "年度总体目标", "总体目标", "预期目标", "绩效指标", "一级指标", "总分", "合计", "其他需要说明", "备注",
            "编制单位", "金额单位", "市级预算执行情况", "市级财政资金使用情况", "子项名称", "项目年份", "项目主管部门", "类别", "自评等级"};

    private OneCellPerLine() {
    }

    static List<Row> rebuild(String[] lines) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        int rowLine = 0;
        boolean inIndicators = false;
        int trailingNumbers = 0;
        for (int i = 0; i < lines.length; i++) {
            String cell = Rows.clean(lines[i]);
            if (cell.isEmpty()) {
                continue;
            }
            String key = Text.key(cell);
            boolean starts = startsRow(key) || Vocabulary.isLevel1(cell) || Vocabulary.isTitle(key)
                    || (inIndicators && Vocabulary.isLevel2(cell) && !cells.isEmpty() && !onlyLevels(cells));
            boolean reasonAfterScore = inIndicators && trailingNumbers >= 2 && Numbers.parse(cell) == null
                    && !Vocabulary.isLevelLabel(cell) && cell.length() >= 12;
            if (inIndicators && trailingNumbers >= 2 && !reasonAfterScore && Numbers.parse(cell) == null) {
                starts = true;
            }
            if (starts && !cells.isEmpty()) {
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
            }
            if (cells.isEmpty()) {
                rowLine = i + 1;
            }
            cells.add(cell);
            if (key.contains("三级指标") || key.equals("指标名称")) {
                inIndicators = true;
            } else if (key.startsWith("总分") || key.startsWith("合计") || key.startsWith("其他需要说明")) {
                inIndicators = false;
            }
            trailingNumbers = Numbers.parse(cell) != null ? trailingNumbers + 1 : 0;
            if (reasonAfterScore) {
                rows.add(new Row(rowLine, cells));
                cells = new ArrayList<>();
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }

    private static boolean onlyLevels(List<String> cells) {
        for (String c : cells) {
            if (!Vocabulary.isLevelLabel(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsRow(String key) {
        for (String s : ROW_STARTS) {
            if (key.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
