package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.on;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MISCLASSIFIED: indicators filed under the wrong class. */
class MisclassifiedTest {
    private final Check check = new Misclassified();

    @Test
    void a_satisfaction_indicator_that_measures_no_satisfaction_is_misclassified() {
        List<Finding> f = SeedTables.yunnan13().findings(check);

        assertThat(keys(f)).containsExactly("MISCLASSIFIED.satisfaction");
        assertThat(f.get(0).place().indicator()).isEqualTo("计算机技术与软件专业资格考试咨询服务渠道");
        assertThat(zh(f.get(0))).contains("服务对象满意度");
    }

    @Test
    void problems_counted_under_satisfaction_and_over_budget_items_under_timeliness_are_misclassified() {
        List<Finding> f = SeedTables.yunnan14().findings(check);

        assertThat(keys(on(f, "审计、督查、巡视等指出问题数"))).containsExactly("MISCLASSIFIED.satisfaction");
        assertThat(keys(on(f, "超规模、超标准、超预算"))).containsExactly("MISCLASSIFIED.timeliness");
        assertThat(f).hasSize(2);
    }

    @Test
    void satisfaction_and_complaints_under_satisfaction_and_deadlines_under_timeliness_are_in_place() {
        assertThat(Tables.national()
                .indicator(row("满意度指标", "服务对象满意度", "受益对象满意度", ">=", "90", "%", "100", "5", "5", ""))
                .indicator(row("满意度指标", "服务对象满意度", "有效投诉次数", "<=", "2", "次", "0", "5", "5", ""))
                .indicator(row("产出指标", "时效指标", "项目按期完成率", ">=", "90", "%", "100", "10", "10", ""))
                .findings(check)).isEmpty();
    }

    @Test
    void an_output_count_under_benefit_is_misclassified() {
        List<Finding> f = Tables.national()
                .indicator(row("效益指标", "社会效益", "举办培训班数量", ">=", "5", "期", "5", "10", "10", "")).findings(check);

        assertThat(keys(f)).containsExactly("MISCLASSIFIED.output_under_benefit");
    }

    @Test
    void effects_counted_under_benefit_stay_where_they_are() {
        assertThat(Tables.national()
                .indicator(row("效益指标", "社会效益", "云南软考网站年浏览量", ">=", "150000", "次", "253405", "10", "10", ""))
                .indicator(row("效益指标", "社会效益", "受益群众人数", ">=", "1000", "人", "1200", "10", "10", ""))
                .indicator(row("效益指标", "经济效益", "带动就业岗位数量", ">=", "50", "个", "60", "10", "10", ""))
                .findings(check)).isEmpty();
    }
}
