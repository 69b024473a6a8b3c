package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Scheme files whose options contradict each other are refused when loaded, naming the field, in both languages. */
class SchemeValidationTest {

    @Test
    void qualitative_tiers_with_a_gap_are_refused_naming_the_field() {
        assertThatThrownBy(() -> SchemeVariants.variant("national-2020", "\"minPct\": 60, \"maxPct\": 80", "\"minPct\": 60, \"maxPct\": 75"))
                .hasMessageContaining("field \"qualitativeTiers\"").hasMessageContaining("的字段 \"qualitativeTiers\"")
                .hasMessageContaining("national-2020-variant.json");
    }

    @Test
    void a_grade_band_above_full_marks_is_refused_naming_the_field() {
        assertThatThrownBy(() -> SchemeVariants.variant("national-2020", "{\"grade\": \"优\", \"min\": 90}", "{\"grade\": \"优\", \"min\": 110}"))
                .hasMessageContaining("field \"gradeBands\"").hasMessageContaining("above full marks 100").hasMessageContaining("高于满分 100");
    }

    @Test
    void first_level_weights_that_do_not_add_up_to_the_indicator_points_are_refused() {
        assertThatThrownBy(() -> SchemeVariants.variant("national-2020", "\"BENEFIT\": 30", "\"BENEFIT\": 35"))
                .hasMessageContaining("field \"categoryWeights\"").hasMessageContaining("add up to 95")
                .hasMessageContaining("合计 95");
    }

    @Test
    void execution_and_indicator_points_that_miss_full_marks_are_refused() {
        assertThatThrownBy(() -> SchemeVariants.variant("exec20", "\"defaultWeight\": 20", "\"defaultWeight\": 10"))
                .hasMessageContaining("field \"scaledGroups.points\"").hasMessageContaining("is 90, not the full marks 100")
                .hasMessageContaining("为 90，不等于满分 100");
    }

    @Test
    void a_rule_kind_listed_without_its_option_is_refused_naming_the_option() {
        assertThatThrownBy(() -> SchemeVariants.variant("exec20", "\"scaledGroups\": {\"points\": 80},", ""))
                .hasMessageContaining("scaled-groups").hasMessageContaining("\"scaledGroups.points\"").hasMessageContaining("缺少字段");
        assertThatThrownBy(() -> SchemeVariants.variant("department-common",
                "{\"level1\": \"过程\", \"name\": \"管理制度健全性\", \"weight\": null, \"checklist\": {\"pointsPerItem\": null}}",
                "{\"level1\": \"过程\", \"name\": \"管理制度健全性\", \"weight\": null, \"deduction\": {\"threshold\": 0, \"perPoint\": 1}}"))
                .hasMessageContaining("\"commonIndicators[].checklist\"");
    }

    @Test
    void free_weights_with_a_fixed_first_level_split_contradict_each_other() {
        assertThatThrownBy(() -> SchemeVariants.variant("sichuan-integrated-2023", "\"categoryWeights\": {}",
                "\"categoryWeights\": {\"OUTPUT\": 50, \"BENEFIT\": 30, \"SATISFACTION\": 10}"))
                .hasMessageContaining("field \"categoryWeights\"").hasMessageContaining("free-weights");
    }

    @Test
    void two_ways_of_reaching_the_total_contradict_each_other() {
        assertThatThrownBy(() -> SchemeVariants.variant("mof-legacy", "\"rescale-not-applicable\"]", "\"rescale-not-applicable\", \"free-weights\"]"))
                .hasMessageContaining("field \"rules\"").hasMessageContaining("总分只能按一种方式计算");
    }

    @Test
    void an_unknown_execution_base_is_refused_naming_the_field() {
        assertThatThrownBy(() -> SchemeVariants.variant("exec20", "\"base\": \"annual\"", "\"base\": \"approved-somehow\""))
                .hasMessageContaining("field \"budgetExecution.base\"").hasMessageContaining("approved-somehow");
    }

    @Test
    void a_common_indicator_with_both_a_deduction_and_a_checklist_is_refused() {
        assertThatThrownBy(() -> SchemeVariants.variant("department-common", "\"deduction\": {\"threshold\": 100, \"perPoint\": 0.5}",
                "\"deduction\": {\"threshold\": 100, \"perPoint\": 0.5}, \"checklist\": {\"pointsPerItem\": 1}"))
                .hasMessageContaining("field \"commonIndicators\"").hasMessageContaining("在职人员控制率");
    }
}
