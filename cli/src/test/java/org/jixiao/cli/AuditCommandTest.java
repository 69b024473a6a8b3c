package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String YUNNAN = "000_";
    private static final String SUZHOU = "003_";
    private static final String MINHANG = "004_";
    private static JsonNode seedAudit;

    @BeforeAll
    static void auditTheSeedsOnce() {
        Cli.Run run = Cli.run("audit", "--json", Cli.seeds().toString());
        assertThat(run.status()).isZero();
        seedAudit = JSON.readTree(run.out());
    }

    /** The tables of one seed file, in printed order. */
    private static List<JsonNode> tables(String filePrefix) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : seedAudit.get("files")) {
            if (Path.of(f.get("path").asText()).getFileName().toString().startsWith(filePrefix)) {
                f.get("tables").forEach(out::add);
            }
        }
        return out;
    }

    private static List<JsonNode> findings(JsonNode table, Predicate<JsonNode> which) {
        List<JsonNode> out = new ArrayList<>();
        table.get("findings").forEach(f -> {
            if (which.test(f)) {
                out.add(f);
            }
        });
        return out;
    }

    private static List<String> codesOn(JsonNode table, String indicator) {
        return findings(table, f -> indicator.equals(f.get("indicator").asText(null))).stream().map(f -> f.get("code").asText()).toList();
    }

    private static List<JsonNode> withCode(JsonNode table, String code) {
        return findings(table, f -> f.get("code").asText().equals(code));
    }

    @Test
    void a_folder_of_disclosures_is_audited_table_by_table_and_its_data_files_are_passed_over() {
        JsonNode expected = JSON.readTree(Cli.seeds().resolve("expected.json").toFile());
        List<String> audited = new ArrayList<>();
        for (JsonNode f : seedAudit.get("files")) {
            assertThat(f.get("errors")).isEmpty();
            for (JsonNode t : f.get("tables")) {
                audited.add(Path.of(f.get("path").asText()).getFileName() + "#" + t.get("index").asInt() + " " + t.get("project").asText());
            }
        }
        List<String> published = new ArrayList<>();
        for (JsonNode t : expected.get("tables")) {
            published.add(t.get("file").asText() + "#" + t.get("index").asInt() + " " + t.get("project").asText());
        }
        assertThat(audited).containsExactlyElementsOf(published); // expected.json itself is no table
    }

    @Test
    void yunnan_13_over_achieves_its_exam_sites_without_saying_why_and_files_service_channels_under_satisfaction() {
        JsonNode yunnan13 = tables(YUNNAN).get(0);
        assertThat(codesOn(yunnan13, "计算机技术与软件专业资格考试考点数量")).containsExactly("OVER_ACHIEVEMENT_UNEXPLAINED");
        assertThat(codesOn(yunnan13, "计算机技术与软件专业资格考试咨询服务渠道")).contains("MISCLASSIFIED");
    }

    @Test
    void yunnan_14_counts_budget_execution_twice_and_misfiles_two_indicators() {
        JsonNode yunnan14 = tables(YUNNAN).get(1);
        assertThat(codesOn(yunnan14, "年度省级财政补助资金完成率")).contains("EXECUTION_COUNTED_TWICE");
        assertThat(codesOn(yunnan14, "审计、督查、巡视等指出问题数")).contains("MISCLASSIFIED");
        assertThat(codesOn(yunnan14, "超规模、超标准、超预算")).contains("MISCLASSIFIED");
    }

    @Test
    void suzhou_claims_full_funds_arrival_against_88_65_percent() {
        JsonNode suzhou = tables(SUZHOU).get(0);
        assertThat(codesOn(suzhou, "资金到位率")).containsExactly("FUNDS_ARRIVAL_MISMATCH");
        assertThat(withCode(suzhou, "FUNDS_ARRIVAL_MISMATCH").get(0).get("message").asText()).contains("88.65%");
    }

    @Test
    void each_minhang_table_restates_its_satisfaction_target_as_the_actual_and_prints_an_initial_budget_over_empty_sub_rows() {
        List<JsonNode> minhang = tables(MINHANG);
        assertThat(minhang).hasSize(4);
        for (JsonNode t : minhang) {
            assertThat(withCode(t, "ACTUAL_RESTATES_TARGET")).hasSize(1)
                    .allMatch(f -> f.get("indicator").asText().endsWith("满意度"));
            assertThat(withCode(t, "ARITHMETIC_FUNDING_SUBROWS")).hasSize(1)
                    .allMatch(f -> f.get("column").asText().equals("年初预算数"));
        }
    }

    @Test
    void no_seed_has_an_arithmetic_slip_in_its_scores_totals_or_grades() {
        for (JsonNode f : seedAudit.get("files")) {
            for (JsonNode t : f.get("tables")) {
                for (JsonNode finding : t.get("findings")) {
                    assertThat(finding.get("code").asText()).matches(c -> !c.startsWith("ARITHMETIC_") || c.equals("ARITHMETIC_FUNDING_SUBROWS"));
                }
                assertThat(t.get("total").decimalValue()).isEqualByComparingTo(t.get("reportedTotal").decimalValue());
            }
        }
    }

    @Test
    void a_finding_names_its_indicator_or_for_the_table_and_its_funding_block_its_row_and_column() {
        JsonNode subRows = withCode(tables(MINHANG).get(0), "ARITHMETIC_FUNDING_SUBROWS").get(0);
        assertThat(subRows.get("indicator").isNull()).isTrue();
        assertThat(subRows.get("row").asText()).isEqualTo("年度资金总额");
        assertThat(subRows.get("column").asText()).isEqualTo("年初预算数");

        JsonNode overAchieved = withCode(tables(YUNNAN).get(0), "OVER_ACHIEVEMENT_UNEXPLAINED").get(0);
        assertThat(overAchieved.get("indicator").asText()).isEqualTo("计算机技术与软件专业资格考试考点数量");
        assertThat(overAchieved.get("severity").asText()).isIn("error", "warning", "notice");
        assertThat(overAchieved.get("message").asText()).isNotBlank();
    }

    @Test
    void the_json_document_has_the_shape_of_score_json_with_more_findings() {
        String file = Cli.seed(YUNNAN).toString();
        JsonNode score = JSON.readTree(Cli.run("score", "--json", file).out()).get("files").get(0).get("tables").get(0);
        JsonNode audit = JSON.readTree(Cli.run("audit", "--json", file).out()).get("files").get(0).get("tables").get(0);
        assertThat(List.copyOf(audit.propertyNames())).isEqualTo(List.copyOf(score.propertyNames()));
        assertThat(audit.get("findings").size()).isGreaterThan(score.get("findings").size());
    }

    @Test
    void the_department_summary_adds_yuan_and_wan_yuan_tables_in_the_declared_unit(@TempDir Path dir) throws Exception {
        Files.copy(Cli.seed(YUNNAN), dir.resolve("yunnan.txt")); // 247.14 + 340.00 万元 budget, 245.44 + 327.89 executed
        String minhang = Files.readString(Cli.seed(MINHANG), StandardCharsets.UTF_8);
        String firstTable = minhang.substring(0, minhang.indexOf("财政项目支出绩效自评表", minhang.indexOf("总分")));
        Files.writeString(dir.resolve("minhang.txt"), firstTable.replace("闵行区科学技术委员会(汇总)", "云南省工业和信息化厅")); // 375000 元

        String wan = Cli.run("audit", dir.toString()).out();
        String department = wan.substring(wan.indexOf("【云南省工业和信息化厅】"));
        assertThat(department).contains("表格 3").contains("预算（万元）：全年预算 624.64，全年执行 610.83，执行率 97.79%");

        String yuan = Cli.run("audit", "--unit", "元", "--lang", "en", dir.toString()).out();
        assertThat(yuan.substring(yuan.indexOf("【云南省工业和信息化厅】")))
                .contains("budget (元): annual 6246400.00, executed 6108300.00, rate 97.79%");
    }

    @Test
    void the_html_report_needs_no_network_and_shows_a_script_in_a_project_name_as_text(@TempDir Path dir) throws Exception {
        String yunnan = Files.readString(Cli.seed(YUNNAN), StandardCharsets.UTF_8);
        Path hostile = Files.writeString(dir.resolve("hostile.txt"),
                yunnan.replace("计算机技术与软件专业资格考试专项资金", "<script>alert('x')</script>专项资金"));
        Path html = dir.resolve("report.html");

        Cli.Run run = Cli.run("audit", "--html", html.toString(), hostile.toString());

        assertThat(run.status()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("echarts.init(").contains("OVER_ACHIEVEMENT_UNEXPLAINED")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;专项资金").doesNotContain("<script>alert");
        assertThat(Pattern.compile("(?i)<script\\b").matcher(page).results().count()).isEqualTo(2); // ECharts, the chart
        assertThat(Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(page).find()).isFalse();
    }

    @Test
    void unreadable_files_are_reported_in_both_languages_by_name_and_the_batch_goes_on(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[]{0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 3, 4});

        Cli.Run run = Cli.run("audit", empty.toString(), binary.toString(), Cli.seed(SUZHOU).toString(), "/nonexistent/table.txt");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(empty + ": 文件为空 / the file is empty")
                .contains(binary + ": 不是文本文件").contains("not a text file")
                .contains("/nonexistent/table.txt").contains("no such file")
                .contains("FUNDS_ARRIVAL_MISMATCH")
                .contains("文件 4（未能完整读取 3）");
    }

    @Test
    void a_folder_is_searched_for_published_text_in_its_sub_folders(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2023/suzhou"));
        Files.copy(Cli.seed(SUZHOU), dir.resolve("2023/suzhou/disclosure.txt"));
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.write(dir.resolve("2023/scan.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0});

        Cli.Run run = Cli.run("audit", "--json", dir.toString());

        assertThat(run.status()).isZero();
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("path").asText()).endsWith("disclosure.txt");
    }

    @Test
    void wrong_usage_exits_with_2() {
        assertThat(Cli.run("audit").status()).isEqualTo(2);
        Cli.Run badUnit = Cli.run("audit", "--unit", "美元", Cli.seed(SUZHOU).toString());
        assertThat(badUnit.status()).isEqualTo(2);
        assertThat(badUnit.err()).contains("万元 或 元");
    }
}
