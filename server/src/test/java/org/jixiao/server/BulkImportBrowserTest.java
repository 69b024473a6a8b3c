package org.jixiao.server;

import com.jayway.jsonpath.JsonPath;
import org.jixiao.server.exchange.ImportLimits;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.office.table.OfficialTables;
import org.jixiao.office.xlsx.WorkbookExporter;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bulk import against a real server: a filler uploads a .zip on 新建自评表 and watches the report come (the
 * screenshot docs/screenshots/bulk-import-report.png); a 500 MB upload is refused at once and the server answers on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class BulkImportBrowserTest extends BrowserTestBase {

    @Autowired
    EvaluationService evaluations;
    @Autowired
    JixiaoUserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "bulk");
    }

    private SelfEvaluation demo(String project) {
        long id = jdbc.sql("SELECT id FROM evaluation WHERE project = :p ORDER BY id")
                .param("p", IntegrationTestBase.YUNNAN_PASS_RATE).query(Long.class).list().get(0);
        SelfEvaluation e = evaluations.get(id, users.loadUserByUsername("admin")).form();
        return ExchangeIntegrationTest.renamed(e, project);
    }

    /** Tables enough that the job outlasts several polls of the page, as a department's year of tables does. */
    private static final int TABLES_IN_THE_BUNDLE = 40;

    private Path bundle() throws IOException {
        Path zip = temp.resolve("自评表批量导入.zip");
        SelfEvaluation template = demo("");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int n = 1; n <= TABLES_IN_THE_BUNDLE; n++) {
                z.putNextEntry(new ZipEntry("区县/专项资金" + n + ".txt"));
                z.write(textOf(ExchangeIntegrationTest.renamed(template, "软考专项资金区县" + n)));
            }
            z.putNextEntry(new ZipEntry("软考专项资金（文本）.txt"));
            z.write(textOf(demo("软考专项资金批量导入（文本）")));
            z.putNextEntry(new ZipEntry("软考专项资金（Excel）.xlsx"));
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            new WorkbookExporter().write(List.of(demo("软考专项资金批量导入（Excel）")), xlsx);
            z.write(xlsx.toByteArray());
            z.putNextEntry(new ZipEntry("会议纪要.txt"));
            z.write("2023年第三次办公会议纪要：研究部署下半年工作。".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return zip;
    }

    private static byte[] textOf(SelfEvaluation e) {
        return OfficialTables.of(e).asText().getBytes(StandardCharsets.UTF_8);
    }

    private long yunnanUnit() {
        return jdbc.sql("SELECT id FROM organisation WHERE name = '云南省信息技术发展中心'").query(Long.class).single();
    }

    /** A multipart POST of {@code count} published texts to the import API, through the real server, as yn-filler. */
    private ResponseEntity<String> postToTheImportApi(int count, String prefix) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("organisationId", Long.toString(yunnanUnit()));
        SelfEvaluation template = demo("");
        for (int n = 1; n <= count; n++) {
            String name = prefix + n;
            parts.add("files", new ByteArrayResource(textOf(ExchangeIntegrationTest.renamed(template, name))) {
                @Override
                public String getFilename() {
                    return name + ".txt";
                }
            });
        }
        return RestClient.create(url("")).post().uri("/api/evaluations/import")
                .headers(h -> h.setBasicAuth("yn-filler", "demo"))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().onStatus(status -> true, (request, response) -> { })
                .toEntity(String.class);
    }

    @Test
    void a_bulk_import_of_120_files_in_one_request_imports_every_one() {
        ResponseEntity<String> answer = postToTheImportApi(120, "区县专项资金（接口）");

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(answer.getBody(), "$.files")).isEqualTo(120);
        assertThat(JsonPath.<Integer>read(answer.getBody(), "$.failed")).isZero();
        assertThat(JsonPath.<Integer>read(answer.getBody(), "$.created")).isEqualTo(120);
    }

    @Test
    void an_upload_of_more_files_than_a_bulk_import_takes_is_refused_with_its_limits_in_both_languages() {
        ResponseEntity<String> answer = postToTheImportApi(ImportLimits.MAX_FILES + 30, "超限");

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(JsonPath.<String>read(answer.getBody(), "$.error"))
                .contains("一次最多 500 个文件", "at most 500 files", "64 MB");
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation WHERE project LIKE '超限%'").query(Long.class).single()).isZero();
    }

    @Test
    void a_filler_uploads_a_zip_and_reads_the_report_file_by_file() throws IOException {
        signIn("yn-filler");
        browser.get(url("/evaluations/new"));
        browser.findElement(By.id("bulk-files")).sendKeys(bundle().toString());
        browser.findElement(By.id("bulk-submit")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
        String report = browser.findElement(By.id("import-report")).getText();
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains(String.valueOf(TABLES_IN_THE_BUNDLE + 2));
        assertThat(report).contains("软考专项资金区县" + TABLES_IN_THE_BUNDLE, "软考专项资金批量导入（文本）", "软考专项资金批量导入（Excel）", "会议纪要.txt", "失败");
        assertThat(browser.getCurrentUrl()).endsWith("/evaluations/new");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('bulk-form').scrollIntoView()");
        screenshot("bulk-import-report");
    }

    @Test
    void a_500_mb_upload_is_refused_at_once_and_the_server_answers_on() throws Exception {
        String status;
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/evaluations/import HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + 500L * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            for (int n; !received.toString(StandardCharsets.UTF_8).endsWith("}") && (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
            }
            String answer = received.toString(StandardCharsets.UTF_8);
            status = answer.lines().findFirst().orElse("");
            assertThat(answer).contains("上传过大（500 MB）").contains("upload too large");
        }
        assertThat(status).contains("413");

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private static void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }
}
