package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `score` chooses each table's scheme by the table's own evidence and names it; --scheme overrides. */
class SchemeChoiceCommandTest {

    private static JsonNode json(Cli.Run run) {
        return JsonMapper.builder().build().readTree(run.out());
    }

    /** The Yunnan seed with its execution row printing 分值 20 (and 得分 19.86) while its footnote still says 10. */
    private static Path execution20(Path dir) throws Exception {
        String seed = Files.readString(Cli.seed("000"), StandardCharsets.UTF_8);
        String changed = seed.replace("\t10.00\t99.31\t9.93", "\t20.00\t99.31\t19.86");
        assertThat(changed).isNotEqualTo(seed);
        return Files.writeString(dir.resolve("execution-20.txt"), changed, StandardCharsets.UTF_8);
    }

    @Test
    void a_table_whose_execution_row_prints_20_is_scored_under_exec20_naming_that_evidence(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run("score", "--json", execution20(dir).toString());
        assertThat(run.status()).isZero();
        JsonNode first = json(run).get("files").get(0).get("tables").get(0);
        assertThat(first.get("scheme").asText()).isEqualTo("exec20");
        assertThat(first.get("schemeEvidence").asText()).isEqualTo("方案 exec20：资金行分值 20");
        assertThat(first.get("budget").get("score").decimalValue()).isEqualByComparingTo("19.86");
        JsonNode second = json(run).get("files").get(0).get("tables").get(1);
        assertThat(second.get("scheme").asText()).isEqualTo("national-2020");
        assertThat(second.get("schemeEvidence").asText()).startsWith("方案 national-2020：资金行分值 10；表注：预算执行率 10 分");
    }

    @Test
    void the_scheme_asked_for_overrides_the_evidence_and_says_so(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run("score", "--json", "--lang", "en", "--scheme", "national-2020", execution20(dir).toString());
        JsonNode first = json(run).get("files").get(0).get("tables").get(0);
        assertThat(first.get("scheme").asText()).isEqualTo("national-2020");
        assertThat(first.get("schemeEvidence").asText()).isEqualTo("scheme national-2020: chosen with --scheme");
    }

    @Test
    void a_scheme_file_joins_the_candidates_and_wins_where_the_table_agrees_with_it(@TempDir Path dir) throws Exception {
        String exec20 = new String(org.jixiao.core.scoring.Schemes.class.getResourceAsStream("schemes/exec20.json").readAllBytes(),
                StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("exec15.json"), exec20.replace("\"id\": \"exec20\"", "\"id\": \"exec15\"")
                .replace("\"defaultWeight\": 20", "\"defaultWeight\": 15").replace("\"points\": 80", "\"points\": 85")
                .replace("\"indicatorWeightTotal\": 80", "\"indicatorWeightTotal\": 85"), StandardCharsets.UTF_8);
        String seed = Files.readString(Cli.seed("000"), StandardCharsets.UTF_8).replace("\t10.00\t99.31\t9.93", "\t15.00\t99.31\t14.90");
        Path table = Files.writeString(dir.resolve("execution-15.txt"), seed, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("score", "--json", "--scheme-file", file.toString(), table.toString());
        JsonNode first = json(run).get("files").get(0).get("tables").get(0);
        assertThat(first.get("scheme").asText()).isEqualTo("exec15");
        assertThat(first.get("schemeEvidence").asText()).isEqualTo("方案 exec15：资金行分值 15");
    }

    @Test
    void the_seeds_are_still_scored_under_the_schemes_of_their_layouts() {
        Cli.Run run = Cli.run("score", "--json", Cli.seeds().toString());
        assertThat(run.status()).isZero();
        StringBuilder schemes = new StringBuilder();
        for (JsonNode f : json(run).get("files")) {
            for (JsonNode t : f.get("tables")) {
                schemes.append(t.get("scheme").asText()).append(' ');
            }
        }
        assertThat(schemes.toString().trim()).isEqualTo(
                "national-2020 national-2020 suzhou-2023 national-2020 national-2020 national-2020 national-2020");
    }
}
