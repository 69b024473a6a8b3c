package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.core.declaration.DeclarationChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckGoalsCommandTest {
    @TempDir
    Path dir;

    private static final String DECLARATION = String.join("\n",
            "项目支出绩效目标申报表",
            "项目名称\t社区养老服务补助\t主管部门\t某区民政局\t实施单位\t某区养老服务中心",
            "项目资金（万元）\t年度资金总额\t100",
            "\t其中：财政拨款\t70",
            "\t其他资金\t20",
            "年度总体目标\t为 500 名老人提供居家养老服务",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t服务老人人数\t≥500人",
            "产出指标\t质量指标\t服务合格率\t≥95%",
            "效益指标\t社会效益指标\t服务水平\t有效提高",
            "");

    @Test
    void each_declaration_of_a_file_is_listed_with_the_findings_of_the_declaration_checks() throws Exception {
        Path file = dir.resolve("申报表.txt");
        Files.writeString(file, DECLARATION, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("check-goals", "--json", file.toString());

        JsonNode doc = JsonMapper.builder().build().readTree(run.out());
        JsonNode declarations = doc.get("files").get(0).get("declarations");
        assertThat(declarations).hasSize(1);
        assertThat(declarations.get(0).get("project").asString()).isEqualTo("社区养老服务补助");
        assertThat(declarations.get(0).get("findings")).extracting(f -> f.get("code").asString())
                .allMatch(DeclarationChecks.codes()::contains)
                .contains("DECLARATION_VAGUE_TARGET", "DECLARATION_CLASS_MISSING");
    }

    @Test
    void the_seed_tables_read_as_declarations_give_one_entry_per_table_and_name_where_each_finding_is() {
        Cli.Run run = Cli.run("check-goals", "--lang", "en", Cli.seed("000").toString());
        assertThat(run.out()).contains("== ", "[1] ", "[2] ");
        assertThat(run.err()).isEmpty();
    }
}
