package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.jixiao.cli.upload.Batches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    private static final String FAILED_REPORT = """
            {"files":2,"created":0,"updated":1,"unchanged":0,"locked":0,"failed":1,"reports":[
             {"name":"a.txt","outcome":"IMPORTED","tables":[{"index":1,"project":"农村公路养护","year":2023,
              "outcome":"UPDATED","evaluationId":7,"changes":3}],"notes":[]},
             {"name":"b.txt","outcome":"FAILED","tables":[],"notes":[{"line":12,"zh":"实际完成值“很多”不是数字",
              "en":"actual value \\"很多\\" is not a number"}]}]}""";

    @TempDir
    Path dir;

    @Test
    void files_of_a_folder_and_a_zip_reach_the_server_as_parts_with_the_organisation_year_and_token() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("公开"));
        Path chinese = write(folder.resolve("云南省交通厅 2023.txt"), "项目名称\t农村公路\n");
        write(folder.resolve("readme.md"), "not a table");
        Path workbook = write(folder.resolve("b.xlsx"), "PK\u0003\u0004 workbook bytes");
        Path zip = write(dir.resolve("tables.zip"), "PK\u0003\u0004 zip bytes");
        try (FakeJixiaoServer server = new FakeJixiaoServer(FakeJixiaoServer::allCreated)) {
            Run run = run(Map.of(), "import", "--server", server.url() + "/", "--organisation", "3", "--year", "2023",
                    "--token", "jx_secret", folder.toString(), zip.toString());

            assertThat(run.status).isEqualTo(0);
            assertThat(server.requests).hasSize(1);
            FakeJixiaoServer.Request request = server.requests.get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/api/evaluations/import");
            assertThat(request.headers().get("authorization")).isEqualTo("Bearer jx_secret");
            assertThat(request.field("organisationId")).isEqualTo("3");
            assertThat(request.field("year")).isEqualTo("2023");
            assertThat(request.files()).extracting(FakeJixiaoServer.Part::filename)
                    .containsExactly("b.xlsx", "云南省交通厅 2023.txt", "tables.zip");
            assertThat(request.files()).allSatisfy(p -> {
                assertThat(p.name()).isEqualTo("files");
                assertThat(p.contentType()).isEqualTo("application/octet-stream");
            });
            assertThat(request.files().get(1).bytes()).isEqualTo(Files.readAllBytes(chinese));
            assertThat(request.files().get(0).bytes()).isEqualTo(Files.readAllBytes(workbook));
            assertThat(run.out).contains("云南省交通厅 2023.txt：已导入", "表 1 项目1 2023：新建 #101",
                    "共 3 个文件：新建 3 张表");
            assertThat(run.out + run.err).doesNotContain("jx_secret");
        }
    }

    @Test
    void the_token_is_taken_from_JIXIAO_TOKEN_and_a_password_from_JIXIAO_PASSWORD() throws Exception {
        Path file = write(dir.resolve("a.txt"), "table");
        try (FakeJixiaoServer server = new FakeJixiaoServer(FakeJixiaoServer::allCreated)) {
            assertThat(run(Map.of("JIXIAO_TOKEN", "jx_from_env\n"), "import", "--server", server.url(), "--organisation", "3",
                    file.toString()).status).isEqualTo(0);
            assertThat(run(Map.of("JIXIAO_TOKEN", "jx_from_env", "JIXIAO_PASSWORD", "demo"), "import", "--server", server.url(),
                    "--organisation", "3", "--user", "yn-filler", file.toString()).status).isEqualTo(0);

            assertThat(server.requests.get(0).headers().get("authorization")).isEqualTo("Bearer jx_from_env");
            assertThat(server.requests.get(1).headers().get("authorization"))
                    .isEqualTo("Basic " + Base64.getEncoder().encodeToString("yn-filler:demo".getBytes(StandardCharsets.UTF_8)));
            assertThat(server.requests.get(1).field("year")).isNull();
        }
    }

    @Test
    void files_over_the_limits_go_in_several_requests_whose_reports_are_combined_into_one_json_document() throws Exception {
        for (int i = 0; i < 5; i++) {
            write(dir.resolve("t" + i + ".txt"), "x".repeat(1500));
        }
        try (FakeJixiaoServer server = new FakeJixiaoServer(FakeJixiaoServer::allCreated)) {
            // 2 files of 1.5 kB and their part headers fit in 6 kB; the count limit of 3 never bites first
            Run bySize = run(new Batches(6000, 3), Map.of(), "import", "--server", server.url(), "--organisation", "3",
                    "--token", "jx_t", "--json", dir.toString());
            assertThat(bySize.status).isEqualTo(0);
            assertThat(server.requests).extracting(r -> r.files().size()).containsExactly(2, 2, 1);
            assertThat(bySize.out).startsWith("{\"files\":5,\"created\":5,").contains("\"name\":\"t4.txt\"");

            server.requests.clear();
            run(new Batches(1 << 20, 2), Map.of(), "import", "--server", server.url(), "--organisation", "3",
                    "--token", "jx_t", dir.toString());
            assertThat(server.requests).extracting(r -> r.files().size()).containsExactly(2, 2, 1);
        }
    }

    @Test
    void a_failed_file_is_reported_with_its_row_and_problem_and_the_import_exits_1() throws Exception {
        Path a = write(dir.resolve("a.txt"), "table");
        Path b = write(dir.resolve("b.txt"), "table");
        try (FakeJixiaoServer server = new FakeJixiaoServer(r -> new FakeJixiaoServer.Answer(200, FAILED_REPORT))) {
            Run zh = run(Map.of("JIXIAO_TOKEN", "jx_t"), "import", "--server", server.url(), "--organisation", "3",
                    a.toString(), b.toString());
            Run en = run(Map.of("JIXIAO_TOKEN", "jx_t"), "import", "--server", server.url(), "--organisation", "3",
                    "--lang", "en", a.toString(), b.toString());

            assertThat(zh.status).isEqualTo(1);
            assertThat(zh.out).contains("a.txt：已导入", "表 1 农村公路养护 2023：更新 #7，修改 3 处", "b.txt：失败",
                    "第 12 行：实际完成值“很多”不是数字", "失败 1 个文件");
            assertThat(en.status).isEqualTo(1);
            assertThat(en.out).contains("table 1 农村公路养护 2023: updated #7, 3 values changed", "b.txt: failed",
                    "row 12: actual value \"很多\" is not a number", "1 files failed");
            assertThat(server.requests.get(1).headers().get("accept-language")).isEqualTo("en");
        }
    }

    @Test
    void a_refused_sign_in_stops_the_import_with_a_bilingual_message_and_exit_1() throws Exception {
        for (int i = 0; i < 3; i++) {
            write(dir.resolve("t" + i + ".txt"), "table");
        }
        try (FakeJixiaoServer server = new FakeJixiaoServer(r -> new FakeJixiaoServer.Answer(401, ""))) {
            Run run = run(new Batches(1 << 20, 1), Map.of(), "import", "--server", server.url(), "--organisation", "3",
                    "--token", "jx_wrong", dir.toString());

            assertThat(run.status).isEqualTo(1);
            assertThat(server.requests).hasSize(1);
            assertThat(run.err).contains("HTTP 401 未登录", "HTTP 401 not signed in").doesNotContain("jx_wrong");
            assertThat(run.out).contains("t2.txt：失败", "未发送", "失败 3 个文件");
        }
    }

    @Test
    void a_forbidden_organisation_is_reported_with_the_servers_own_message() throws Exception {
        Path a = write(dir.resolve("a.txt"), "table");
        try (FakeJixiaoServer server = new FakeJixiaoServer(
                r -> new FakeJixiaoServer.Answer(403, "{\"status\":403,\"error\":\"无权访问该单位\",\"errors\":[]}"))) {
            Run run = run(Map.of(), "import", "--server", server.url(), "--organisation", "9", "--token", "jx_t", a.toString());

            assertThat(run.status).isEqualTo(1);
            assertThat(run.err).contains("HTTP 403 无权导入到该单位：无权访问该单位", "not allowed to import into this organisation");
        }
    }

    @Test
    void a_server_that_is_not_running_is_named_in_the_message() throws Exception {
        Path a = write(dir.resolve("a.txt"), "table");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run run = run(Map.of(), "import", "--server", "http://127.0.0.1:" + port, "--organisation", "3", "--token", "jx_t", a.toString());

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).contains("无法连接 jixiao 服务器 http://127.0.0.1:" + port + "/api/evaluations/import",
                "cannot connect to the jixiao server at http://127.0.0.1:" + port);
    }

    @Test
    void without_an_organisation_a_token_or_a_proper_url_the_usage_is_wrong() throws Exception {
        Path a = write(dir.resolve("a.txt"), "table");
        assertThat(run(Map.of(), "import", "--server", "http://localhost:1", "--token", "jx_t", a.toString()).status).isEqualTo(2);
        assertThat(run(Map.of(), "import", "--server", "http://localhost:1", "--organisation", "3", a.toString()).err)
                .contains("JIXIAO_TOKEN");
        assertThat(run(Map.of(), "import", "--server", "localhost:8080", "--organisation", "3", "--token", "t", a.toString()).status)
                .isEqualTo(2);
        assertThat(run(Map.of(), "import", "--server", "http://localhost:1", "--organisation", "3", "--user", "u", a.toString()).status)
                .isEqualTo(2);
    }

    @Test
    void a_missing_file_fails_alone_and_the_rest_is_imported() throws Exception {
        Path a = write(dir.resolve("a.txt"), "table");
        try (FakeJixiaoServer server = new FakeJixiaoServer(FakeJixiaoServer::allCreated)) {
            Run run = run(Map.of(), "import", "--server", server.url(), "--organisation", "3", "--token", "jx_t",
                    dir.resolve("gone.txt").toString(), a.toString());

            assertThat(run.status).isEqualTo(1);
            assertThat(run.out).contains("gone.txt：失败", "无法读取该文件", "a.txt：已导入");
            assertThat(server.requests.get(0).files()).extracting(FakeJixiaoServer.Part::filename).containsExactly("a.txt");
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Path write(Path file, String content) throws Exception {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Run run(Map<String, String> env, String... args) {
        return run(new Batches(ImportCommand.MAX_BATCH_BYTES, ImportCommand.MAX_BATCH_FILES), env, args);
    }

    private static synchronized Run run(Batches batches, Map<String, String> env, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ImportCommand.class ? (K) new ImportCommand(batches, env::get) : CommandLine.defaultFactory().create(cls);
            }
        };
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.commandLine(factory).execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }
}
