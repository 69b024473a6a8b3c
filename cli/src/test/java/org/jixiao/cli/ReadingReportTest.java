package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What score and audit say of a reading: declarations listed unscored, a line per table and per file. */
class ReadingReportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DECLARATION = String.join("\n",
            "项目支出绩效目标申报表",
            "（2024年度）",
            "项目名称\t乡村道路养护",
            "主管部门\t某县交通运输局",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t养护道路里程\t≥120公里",
            "产出指标\t时效指标\t养护完成时间\t12月底前",
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%");

    @TempDir
    Path dir;

    @Test
    void a_declaration_is_listed_with_its_indicators_and_not_scored() throws Exception {
        Path file = Files.writeString(dir.resolve("declaration.txt"), DECLARATION);
        Cli.Run run = Cli.run("score", "--json", file.toString());
        JsonNode table = JSON.readTree(run.out()).get("files").get(0).get("tables").get(0);
        assertThat(table.get("kind").asText()).isEqualTo("DECLARATION");
        assertThat(table.get("scored").asBoolean()).isFalse();
        assertThat(table.get("total").isNull()).isTrue();
        assertThat(table.get("indicators")).hasSize(3);
        assertThat(table.get("indicators").get(0).get("target").asText()).isEqualTo("120");
        assertThat(table.get("indicators").get(0).get("score").isNull()).isTrue();
        assertThat(table.get("findings")).isEmpty();
        assertThat(run.status()).isEqualTo(0);
    }

    @Test
    void score_says_per_table_what_it_could_not_read_and_sums_up_each_file_in_one_line() throws Exception {
        String cut = String.join("\n",
                "项目支出绩效自评表",
                "项目名称\t社区服务",
                "主管部门\t某区民政局",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t服务人次\t≥100人次\t120人次\t20\t20");
        Path file = Files.writeString(dir.resolve("cut.txt"), cut);
        Cli.Run zh = Cli.run("score", file.toString());
        assertThat(zh.out()).contains("表 1：未能读取 1 处（第 5 行 表格在“总分”之前中断")
                .contains(file + "：表 1（其中申报表 0），指标 1，推断字段 0，跳过行 0，未能读取 1 处");
        Cli.Run en = Cli.run("audit", "--lang", "en", file.toString());
        assertThat(en.out()).contains("table 1: 1 not read (line 5 the table ends before its 总分")
                .contains(file + ": 1 tables (0 declarations), 1 indicators, 0 fields inferred, 0 rows skipped, 1 not read");
    }
}
