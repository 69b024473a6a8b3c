package org.jixiao.formats.text;

import java.util.List;
import org.jixiao.core.text.Text;

/**
 * A funding block whose header starts like an indicator header: a department's scoring sheet prints 一级指标 | 二级指标
 * over 预算数(万元) | 执行数(万元) | 预算执行率 | 分值 | 得分 | 指标解释 | 评分标准 for its 当年预算执行情况 block. Its budget and
 * executed columns make it the funding block's header, not the indicators'; the criteria columns after the scores
 * are words, never rows of their own.
 */
final class FundingHeader {
    /** How far past the level labels a header's cells may run. */
    private static final int WIDTH = 12;

    private FundingHeader() {
    }

    /** A row printing a budget column and an executed column besides any level labels. */
    static boolean is(Row row) {
        boolean budget = false;
        boolean executed = false;
        for (int c = 0; c < row.size(); c++) {
            String k = row.key(c);
            budget |= isBudget(k);
            executed |= isExecuted(k);
        }
        return budget && executed;
    }

    /**
     * Where the header starting at {@code i} (its level labels) ends, when budget and executed columns follow
     * them; -1 when it is an indicator header.
     */
    static int end(List<String> cells, int i) {
        boolean budget = false;
        boolean executed = false;
        int j = i;
        while (j < cells.size() && j < i + WIDTH) {
            String k = Text.key(cells.get(j));
            boolean column = k.endsWith("级指标") || isBudget(k) || isExecuted(k) || k.startsWith("预算执行率") || k.startsWith("执行率")
                    || k.equals("分值") || k.equals("得分") || k.equals("指标解释") || k.equals("评分标准");
            if (!column) {
                break;
            }
            budget |= isBudget(k);
            executed |= isExecuted(k);
            j++;
        }
        return budget && executed ? j : -1;
    }

    private static boolean isBudget(String k) {
        return k.startsWith("预算数(") || k.startsWith("全年预算数") || k.startsWith("调整后预算数");
    }

    private static boolean isExecuted(String k) {
        return k.startsWith("执行数(") || k.startsWith("全年执行数");
    }
}
