package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One assessment of a table, whoever asks: the seven seed tables re-checked by {@code ./jixiao audit --json} (the
 * command line's jar, run as a user runs it) and read from {@code GET /api/evaluations/{id}} as the demo imported them
 * from the same texts give the same totals, grades, execution rates and finding codes.
 */
class AuditAndApiAgreeIntegrationTest extends IntegrationTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The command line's jar, which the build packages before the server's tests run. */
    private static final Path CLI = Path.of("..", "cli", "target", "jixiao.jar");
    /** The seed texts the demo imports (DemoLoader). */
    static final Path DEMO_TEXTS = Path.of("src", "main", "resources", "demo");

    static JsonNode audit() throws IOException, InterruptedException {
        assertThat(CLI).as("the command line's jar (./mvnw package builds it)").exists();
        Path out = Files.createTempFile("audit", ".json");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    CLI.toString(), "audit", "--json", DEMO_TEXTS.toString())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            return JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    /** A text field, null where it is null or left out (the API leaves out nulls). */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> codes(JsonNode findings) {
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> codes.add(f.get("code").asText()));
        return codes.stream().sorted().toList();
    }

    @Test
    void the_seed_tables_audited_on_the_command_line_and_read_from_the_api_as_the_demo_imported_them_agree()
            throws Exception {
        List<JsonNode> tables = new ArrayList<>();
        audit().get("files").forEach(f -> f.get("tables").forEach(tables::add));
        assertThat(tables).hasSize(7);
        for (JsonNode cli : tables) {
            String project = cli.get("project").asText();
            String body = mvc.perform(get("/api/evaluations/{id}", demoEvaluation(project)).with(as("admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonNode api = JSON.readTree(body);
            assertThat(api.get("schemeId").asText()).as(project).isEqualTo(cli.get("scheme").asText());
            assertThat(decimal(api.get("score").get("total"))).as(project).isEqualByComparingTo(decimal(cli.get("total")));
            assertThat(text(api.get("score"), "grade")).as(project).isEqualTo(text(cli, "grade"));
            BigDecimal apiRate = decimal(api.get("funding").get("ratePct"));
            BigDecimal cliRate = decimal(cli.get("budget").get("ratePct"));
            if (cliRate == null) {
                assertThat(apiRate).as(project).isNull();
            } else {
                assertThat(apiRate).as(project).isEqualByComparingTo(cliRate);
            }
            assertThat(codes(api.get("findings"))).as(project).isEqualTo(codes(cli.get("findings")));
        }
    }
}
