package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreCommandTest {
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void captureStdout() {
        saved = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(saved);
    }

    private static Path seeds() {
        return org.jixiao.formats.Seeds.dir();
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(stdout.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_seven_seed_tables_score_to_their_printed_totals() {
        int status = Main.run("score", "--json", seeds().resolve("000_04ee162c2bec9128.txt").toString(),
                seeds().resolve("003_c9ca6d132b3858a0.txt").toString(), seeds().resolve("004_1c7597119af05248.txt").toString());
        assertThat(status).isZero();
        JsonNode doc = json();
        StringBuilder totals = new StringBuilder();
        for (JsonNode f : doc.get("files")) {
            assertThat(f.get("errors")).isEmpty();
            for (JsonNode t : f.get("tables")) {
                totals.append(t.get("total").decimalValue().stripTrailingZeros().toPlainString()).append(' ');
                assertThat(t.get("total").isNumber()).isTrue();
            }
        }
        assertThat(totals.toString().trim()).isEqualTo("93.3 99.28 80 100 100 100 100");
    }

    @Test
    void a_published_table_stands_at_its_own_total_and_each_finding_names_its_indicator_row_as_the_api_does() {
        Main.run("score", "--json", seeds().resolve("000_04ee162c2bec9128.txt").toString());
        JsonNode table = json().get("files").get(0).get("tables").get(0);
        assertThat(table.get("final").get("source").asText()).isEqualTo("SELF");
        assertThat(table.get("final").get("total").decimalValue()).isEqualByComparingTo(table.get("total").decimalValue());
        assertThat(table.get("final").get("grade").asText()).isEqualTo(table.get("grade").asText());
        for (JsonNode f : table.get("findings")) {
            int row = f.get("indicatorIndex").asInt();
            if (row >= 0) {
                assertThat(f.get("indicator").asText()).isEqualTo(table.get("indicators").get(row).get("name").asText());
            }
        }
    }

    @Test
    void a_damaged_file_still_gives_one_json_document_and_the_other_files_are_scored(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("scan.pdf"), new byte[]{0x25, 0x50, 0, 0, 1, 2, 3, 4});
        int status = Main.run("score", "--json", empty.toString(), binary.toString(), seeds().resolve("000_04ee162c2bec9128.txt").toString());
        assertThat(status).isEqualTo(1);
        JsonNode files = json().get("files");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("errors").get(0).get("message").asText()).contains("文件为空");
        assertThat(files.get(1).get("errors").get(0).get("messageEn").asText()).contains("not a text file");
        assertThat(files.get(2).get("tables")).hasSize(2);
    }

    @Test
    void a_missing_file_is_an_error_of_that_file_not_of_the_run() {
        int status = Main.run("score", "/nonexistent/table.txt");
        assertThat(status).isEqualTo(1);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("no such file");
    }

    @Test
    void wrong_usage_exits_with_2() {
        assertThat(Main.run("score")).isEqualTo(2);
        assertThat(Main.run("score", "--scheme")).isEqualTo(2);
    }

    @Test
    void the_human_output_explains_each_score() {
        int status = Main.run("score", seeds().resolve("000_04ee162c2bec9128.txt").toString());
        assertThat(status).isZero();
        String out = stdout.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("15.00 × 13.95 / 25 = 8.37").contains("10.00 × 245.44 / 247.14 = 9.93").contains("计算 93.30");
    }
}
