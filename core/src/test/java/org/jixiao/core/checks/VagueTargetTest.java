package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.on;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.cell;

import java.util.List;
import org.junit.jupiter.api.Test;

/** VAGUE_TARGET: targets in words that cannot be measured. */
class VagueTargetTest {
    private final Check check = new VagueTarget();

    private static Tables.Builder target(String target) {
        return Tables.national().indicator(cell("效益指标", "社会效益指标", "辖区信息化建设水平", target, target, "8", "8"));
    }

    @Test
    void 目标只写提高或完善的无法衡量() {
        List<Finding> f = target("提高").findings(check);

        assertThat(keys(f)).containsExactly("VAGUE_TARGET");
        assertThat(zh(f.get(0))).contains("辖区信息化建设水平", "提高");
        assertThat(en(f.get(0))).contains("cannot be measured");
        assertThat(keys(target("完善").findings(check))).containsExactly("VAGUE_TARGET");
    }

    @Test
    void 及时而有完成时限的目标可以衡量() {
        assertThat(target("及时，12月底前完成").findings(check)).isEmpty();
        assertThat(target("风险高的及时提示并跟进处理").findings(check)).isEmpty();
        assertThat(target("完整").findings(check)).isEmpty();
    }

    @Test
    void 只由模糊词和连接动词组成的目标同样无法衡量() {
        assertThat(keys(target("有效运用").findings(check))).containsExactly("VAGUE_TARGET");
        assertThat(keys(target("建立健全").findings(check))).containsExactly("VAGUE_TARGET");
        assertThat(keys(target("健全且有效").findings(check))).containsExactly("VAGUE_TARGET");
    }

    @Test
    void 决策和过程类共性指标不算单位自定的目标() {
        assertThat(Tables.suzhou().indicator(cell("过程目标", null, "制度执行有效性", "有效", "100%", "4", "4"))
                .findings(check)).isEmpty();
    }

    @Test
    void minhangs_vague_targets_are_found_and_its_deadlines_are_not() {
        List<Finding> f = SeedTables.minhang1().findings(check);

        assertThat(on(f, "辖区信息化建设水平")).hasSize(1);
        assertThat(on(f, "信息化建设方案完善情况")).hasSize(1);
        assertThat(on(f, "评估完成及时性")).isEmpty();
        assertThat(on(f, "评审报告完成及时性")).isEmpty();
    }
}
