package org.jixiao.server.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectNamesTest {

    @Test
    void a_name_retyped_with_other_spaces_and_full_width_forms_is_the_same_project() {
        assertThat(ProjectNames.same("监控表（2024年）ＡＩ项目", " 监控表 (2024年) AI 项目")).isTrue();
        assertThat(ProjectNames.same("计算机技术与软件专业资格考试专项资金", "计算机技术与软件专业资格考试专项资金\u3000")).isTrue();
    }

    @Test
    void a_name_with_another_character_is_another_project() {
        assertThat(ProjectNames.same("监控表（2024年）项目", "监控表（2023年）项目")).isFalse();
        assertThat(ProjectNames.same("绿化项目", "绿化工程项目")).isFalse();
        assertThat(ProjectNames.same(null, "绿化项目")).isFalse();
    }
}
