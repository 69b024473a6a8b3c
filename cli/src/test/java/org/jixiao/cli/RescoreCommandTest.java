package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `rescore`: every table under each scheme asked for, the totals, grades and the rows that differ. */
class RescoreCommandTest {

    private static JsonNode json(Cli.Run run) {
        return JsonMapper.builder().build().readTree(run.out());
    }

    private static String[] seedFiles() throws Exception {
        try (var files = Files.list(Cli.seeds())) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toArray(String[]::new);
        }
    }

    private static String[] args(String[] head, String... files) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(files));
        return all.toArray(String[]::new);
    }

    @Test
    void on_the_seeds_whose_reverse_indicators_are_all_met_national_and_legacy_totals_agree() throws Exception {
        Cli.Run run = Cli.run(args(new String[]{"rescore", "--scheme", "national-2020", "--scheme", "mof-legacy", "--json"}, seedFiles()));
        assertThat(run.status()).isZero();
        JsonNode doc = json(run);
        assertThat(doc.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("files");
        int tables = 0;
        for (JsonNode f : doc.get("files")) {
            assertThat(f.get("path").asText()).isNotBlank();
            for (JsonNode t : f.get("tables")) {
                tables++;
                assertThat(t.get("index").isInt()).isTrue();
                assertThat(t.get("project").asText()).isNotBlank();
                JsonNode schemes = t.get("schemes");
                assertThat(schemes).hasSize(2);
                assertThat(schemes.get(0).get("scheme").asText()).isEqualTo("national-2020");
                assertThat(schemes.get(1).get("scheme").asText()).isEqualTo("mof-legacy");
                assertThat(schemes.get(0).get("total").isNumber()).isTrue();
                assertThat(schemes.get(1).get("total").decimalValue()).isEqualByComparingTo(schemes.get(0).get("total").decimalValue());
                assertThat(t.get("differences")).isEmpty();
            }
        }
        assertThat(tables).isEqualTo(7);
    }

    @Test
    void a_missed_reverse_indicator_is_listed_with_both_scores_and_explanations(@TempDir Path dir) throws Exception {
        // the Yunnan seed with its 考点数量 read as a ceiling (≤ 8) that 18 misses
        String seed = Files.readString(Cli.seed("000"), StandardCharsets.UTF_8);
        String text = seed.replace("考点数量\t>=\t8\t个\t18", "考点数量\t<=\t8\t个\t18");
        assertThat(text).isNotEqualTo(seed);
        Path file = Files.writeString(dir.resolve("cost.txt"), text, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("rescore", "--scheme", "national-2020", "--scheme", "mof-legacy", "--json", file.toString());
        assertThat(run.status()).isZero();
        JsonNode t = json(run).get("files").get(0).get("tables").get(0);
        // national: 20 × max(0, 1 − (18 − 8) / 8) = 0, 93.30 − 20 = 73.30; legacy: 20 × 8 / 18 = 8.89 → 82.19
        assertThat(t.get("schemes").get(0).get("total").decimalValue()).isEqualByComparingTo("73.30");
        assertThat(t.get("schemes").get(0).get("grade").asText()).isEqualTo("中");
        assertThat(t.get("schemes").get(1).get("total").decimalValue()).isEqualByComparingTo("82.19");
        assertThat(t.get("schemes").get(1).get("grade").asText()).isEqualTo("良");
        assertThat(t.get("differences")).hasSize(1);
        JsonNode d = t.get("differences").get(0);
        assertThat(d.get("indicator").asText()).isEqualTo("计算机技术与软件专业资格考试考点数量");
        assertThat(d.get("scores").get(0).get("score").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(d.get("scores").get(1).get("explanation").asText()).isEqualTo("20.00 × 8 / 18 = 8.89");

        Cli.Run textRun = Cli.run("rescore", "--scheme", "national-2020", "--scheme", "mof-legacy", "--lang", "en", file.toString());
        assertThat(textRun.out()).contains("Rows scored differently:").contains("考点数量").contains("20.00 × 8 / 18 = 8.89")
                .contains("In total (2 tables)");
    }

    @Test
    void an_unreadable_file_exits_1_and_one_scheme_or_an_unknown_one_is_wrong_usage() throws Exception {
        Cli.Run run = Cli.run("rescore", "--scheme", "national-2020", "--scheme", "exec20", "--json", "/nonexistent/table.txt", seedFiles()[0]);
        assertThat(run.status()).isEqualTo(1);
        assertThat(json(run).get("files").get(0).get("errors").get(0).get("message").asText()).contains("文件不存在");
        assertThat(Cli.run("rescore", "--scheme", "national-2020", seedFiles()[0]).status()).isEqualTo(2);
        assertThat(Cli.run("rescore", "--scheme", "national-2020", "--scheme", "guangxi-2021", seedFiles()[0]).status()).isEqualTo(2);
    }
}
