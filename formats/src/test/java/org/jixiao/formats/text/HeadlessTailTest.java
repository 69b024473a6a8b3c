package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** A table's tail with no header and no 项目名称 left, its targets carrying their signs in their own cells. */
class HeadlessTailTest {
    private static List<Indicator> read(String text) {
        List<ReadTable> tables = new DisclosureReader().read(text, "test").tables();
        return tables.isEmpty() ? List.of() : tables.get(0).evaluation().indicators();
    }

    @Test
    void rows_told_by_their_signed_targets_take_one_figure_each_as_the_weight_the_printed_sum_bears_out() {
        String tail = "产出指标数量指标发放人数=120人 30 覆盖乡镇数≥8个 30 时效指标按时发放率=100% 30 合计100 "
                + "评价结论按时足额发放。存在问题暂无改进措施暂无项目负责人:财务负责人:";
        List<Indicator> rows = read(tail);
        assertThat(rows).extracting(Indicator::name).containsExactly("发放人数", "覆盖乡镇数", "按时发放率");
        assertThat(rows).allSatisfy(i -> assertThat(i.weight()).isEqualByComparingTo("30"));
        assertThat(rows.get(1).target().value()).isEqualByComparingTo("8");
        assertThat(rows.get(2).level2()).isEqualTo("时效指标");
    }

    @Test
    void a_completion_sheet_s_rate_after_the_actual_is_no_weight_and_the_narrative_after_it_no_row() {
        String tail = "评价内容绩效内容绩效目标值实际完成值累计完成率产出目标数量目标举办培训班次数>=10次12次120%"
                + "培训人数>=500人650人130%质量目标参训人员合格率>=95%98%103%(二)项目财务管理状况本项目累计安排资金10万元,,"
                + "其中:项目立项6分,绩效目标5分,资金投入4分,数量目标10分,质量目标10分,总得分90,,培训人数绩效目标值是500人,实际完成值为650人";
        List<Indicator> rows = read(tail);
        assertThat(rows).extracting(Indicator::name).containsExactly("举办培训班次数", "培训人数", "参训人员合格率");
        assertThat(rows).allSatisfy(i -> assertThat(i.weight()).isNull());
        assertThat(rows.get(1).actual().value()).isEqualByComparingTo("650");
        assertThat(rows.get(2).level2()).isEqualTo("质量目标");
    }

    @Test
    void a_name_starting_with_a_unit_s_character_keeps_it() {
        // 人 after 500 ends a figure; the 人 of 人才 does not, however often the words after it recur
        String tail = "绩效内容绩效目标值实际完成值累计完成率产出目标数量目标服务人次>=500人1700人340%质量目标人才驿站到位率>=100%100%100%"
                + "(二)人才驿站到位率绩效目标值是100%,,人才驿站到位率实际完成值为100%,人才驿站到位率本项目满分3分";
        assertThat(read(tail)).extracting(Indicator::name).containsExactly("服务人次", "人才驿站到位率");
    }

    @Test
    void a_text_with_a_goal_or_two_and_no_table_is_no_tail() {
        assertThat(new DisclosureReader().read("本年度完成率≥95% 10 项目已完成。", "test").tables()).isEmpty();
    }
}
