package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.server.AuditAndApiAgreeIntegrationTest.codes;
import static org.jixiao.server.AuditAndApiAgreeIntegrationTest.decimal;
import static org.jixiao.server.AuditAndApiAgreeIntegrationTest.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.OrgLevel;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.Role;
import org.jixiao.server.org.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk-import report prints the one assessment too: the seed texts imported through
 * {@code POST /api/evaluations/import} are reported with the totals, grades and finding codes
 * {@code ./jixiao audit --json} gives them. In a database of its own, since it adds tables of the demo's projects.
 */
class ImportReportAndAuditAgreeIntegrationTest extends IntegrationTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private UserRepository accounts;
    @Autowired
    private PasswordEncoder passwords;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "agree");
    }

    @Test
    void the_seed_texts_imported_in_bulk_are_reported_with_the_totals_grades_and_findings_the_command_line_gives()
            throws Exception {
        long unit = aUnitWithoutTables();
        int compared = 0;
        for (JsonNode file : AuditAndApiAgreeIntegrationTest.audit().get("files")) {
            JsonNode report = imported(Path.of(file.get("path").asText()), unit);
            for (JsonNode cli : file.get("tables")) {
                String project = cli.get("project").asText();
                JsonNode table = tableOf(report, project);
                assertThat(decimal(table.get("score").get("total"))).as(project).isEqualByComparingTo(decimal(cli.get("total")));
                assertThat(text(table.get("score"), "grade")).as(project).isEqualTo(text(cli, "grade"));
                assertThat(codes(table.get("findings"))).as(project).isEqualTo(codes(cli.get("findings")));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(7);
    }

    /**
     * A unit of its own under the Yunnan department, with a filler: every table imported there is new, so the report
     * shows each as the text gives it (the demo's own tables were made from declarations, whose targets an import
     * does not overwrite).
     */
    private long aUnitWithoutTables() {
        Organisation department = organisations.findByName("云南省工业和信息化厅").orElseThrow();
        Organisation unit = organisations.create(department, OrgKind.UNIT, "导入比对单位", "云南省", OrgLevel.PROVINCE);
        accounts.create("agree-filler", passwords.encode("agree-password"), "导入比对填报人", Role.FILLER, unit.id());
        return unit.id();
    }

    /** The report of one text imported by the unit's filler (the year only places tables that print none). */
    private JsonNode imported(Path text, long unit) throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", text.getFileName().toString(), "text/plain",
                Files.readAllBytes(text));
        String body = mvc.perform(multipart("/api/evaluations/import").file(file)
                        .param("organisationId", String.valueOf(unit)).param("year", "2023")
                        .with(as("agree-filler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body).get("reports").get(0);
    }

    private static JsonNode tableOf(JsonNode report, String project) {
        for (JsonNode t : report.get("tables")) {
            if (project.equals(t.get("project").asText())) {
                return t;
            }
        }
        throw new AssertionError(project + " not in the report: " + report);
    }
}
