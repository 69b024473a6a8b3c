package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.office.TableFiles;
import org.jixiao.office.table.OfficialTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two server nodes — two processes of the repackaged jar, as deployed — on one PostgreSQL schema behind HAProxy
 * (ports chosen free at run time): a person signs in through the balancer and every page and API call then works
 * through either node with the same session; a bulk import started on one node is watched to its report through the
 * other; the node running it is killed with SIGKILL part way, and the job finishes on the other node with every file
 * imported exactly once (the file being stored when the node died rolled back with its connection).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {
    private static final Duration START = Duration.ofMinutes(3);
    private static final int FILES = 150;

    private final Path work = Paths.get("target", "two-nodes").toAbsolutePath();
    private final String schema = System.getenv().getOrDefault("JIXIAO_TEST_SCHEMA_PREFIX", "jixiao_") + "two_nodes";
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private Process haproxy;
    private String balancer;

    private record Node(String name, int port, Process process) {
        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(work);
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        // the first node migrates the schema and loads the demo; the second starts on what the first made
        startNode("node-a");
        startNode("node-b");
        int port = freePort();
        Path config = work.resolve("haproxy.cfg");
        Files.writeString(config, String.join("\n",
                "global", "  maxconn 256",
                "defaults", "  mode http", "  timeout connect 2s", "  timeout client 300s", "  timeout server 300s",
                "  option forwardfor", "  option redispatch", "  retries 3",
                "frontend jixiao", "  bind 127.0.0.1:" + port, "  default_backend nodes",
                "backend nodes", "  balance roundrobin", "  option httpchk GET /actuator/health",
                "  http-check expect status 200",
                "  server a 127.0.0.1:" + nodes.get("node-a").port() + " check inter 500 fall 2 rise 1",
                "  server b 127.0.0.1:" + nodes.get("node-b").port() + " check inter 500 fall 2 rise 1", ""));
        haproxy = new ProcessBuilder(haproxyCommand(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile()).start();
        balancer = "http://127.0.0.1:" + port;
        waitUntilUp(balancer, haproxy);
    }

    @AfterAll
    void stop() throws Exception {
        if (haproxy != null) {
            haproxy.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (Node n : nodes.values()) {
            n.process().destroy();
            if (!n.process().waitFor(20, TimeUnit.SECONDS)) {
                n.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    @Order(1)
    void a_person_signed_in_through_the_balancer_is_served_every_page_and_api_call_by_either_node() throws Exception {
        signIn(balancer, "admin");
        long evaluation = firstEvaluationId();
        List<String> pages = List.of("/evaluations", "/evaluations?year=2023", "/evaluations/new", "/evaluations/" + evaluation,
                "/evaluations/review", "/recheck", "/recheck/schemes", "/overview",
                "/organisations", "/account", "/public", "/evaluations/" + evaluation + "/export?format=xlsx");
        List<String> api = List.of("/api/evaluations", "/api/evaluations/" + evaluation, "/api/organisations",
                "/api/evaluations/" + evaluation + "/history", "/api/recheck?year=2023");
        for (Node n : nodes.values()) {
            for (String page : pages) {
                HttpResponse<String> r = get(n.url() + page);
                assertThat(r.statusCode()).as("%s on %s", page, n.name()).isEqualTo(200);
            }
            for (String call : api) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(n.url() + call))
                        .header("Authorization", basic("admin")).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("%s on %s", call, n.name()).isEqualTo(200);
            }
        }
        // the same session through the balancer, whichever node answers
        for (int k = 0; k < 6; k++) {
            assertThat(get(balancer + "/evaluations").statusCode()).isEqualTo(200);
        }
        // a form written by one node posted to the other (its CSRF token is the session's), the flash message of its
        // redirect read back on the first node, and the API token it made used on the second
        String csrf = csrf(get(nodes.get("node-a").url() + "/account").body());
        HttpResponse<String> made = post(nodes.get("node-b").url() + "/account/tokens", Map.of("_csrf", csrf, "name", "two nodes"));
        assertThat(made.statusCode()).isEqualTo(302);
        Matcher token = Pattern.compile("id=\"new-token\">(jx_[^<]+)<").matcher(get(nodes.get("node-a").url() + "/account").body());
        assertThat(token.find()).as("the new token, shown once, on the other node").isTrue();
        HttpResponse<String> byToken = http.send(HttpRequest.newBuilder(URI.create(nodes.get("node-b").url() + "/api/evaluations"))
                .header("Authorization", "Bearer " + token.group(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(byToken.statusCode()).isEqualTo(200);

        // what node B keeps of 复核 gives way to a change made through node A as soon as that change is saved
        String recheck = "/api/recheck?year=2023";
        String before = apiGet(nodes.get("node-b").url() + recheck);
        long org = ((Number) JsonPath.read(before, "$.organisation.id")).longValue();
        String name = JsonPath.read(before, "$.organisation.name");
        String renamed = name + "（两节点）";
        rename(nodes.get("node-a").url(), org, renamed, JsonPath.read(before, "$.organisation.region"),
                JsonPath.read(before, "$.organisation.level"));
        assertThat((String) JsonPath.read(apiGet(nodes.get("node-b").url() + recheck), "$.organisation.name")).isEqualTo(renamed);
        rename(nodes.get("node-b").url(), org, name, JsonPath.read(before, "$.organisation.region"),
                JsonPath.read(before, "$.organisation.level"));
        assertThat((String) JsonPath.read(apiGet(nodes.get("node-a").url() + recheck), "$.organisation.name")).isEqualTo(name);
    }

    private String apiGet(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic("admin")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    private void rename(String node, long org, String name, String region, String level) throws Exception {
        String csrf = csrf(get(node + "/organisations").body());
        HttpResponse<String> r = post(node + "/organisations/edit",
                Map.of("_csrf", csrf, "id", String.valueOf(org), "name", name, "region", region, "level", level));
        assertThat(r.statusCode()).isEqualTo(302);
    }

    @Test
    @Order(2)
    void a_bulk_import_started_on_one_node_ends_through_the_other_after_its_node_is_killed_with_nothing_half_written()
            throws Exception {
        signIn(balancer, "yn-filler");
        long unit = queryLong("SELECT id FROM organisation WHERE name = '云南省信息技术发展中心'");
        String prefix = "两节点导入" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Node a = nodes.get("node-a");
        String csrf = csrf(get(a.url() + "/evaluations/new").body());
        Multipart body = new Multipart();
        body.field("_csrf", csrf);
        body.field("organisationId", Long.toString(unit));
        SelfEvaluation template = seedTable();
        for (int n = 1; n <= FILES; n++) {
            body.file("files", prefix + n + ".txt",
                    OfficialTables.of(ExchangeIntegrationTest.renamed(template, prefix + n)).asText().getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(a.url() + "/evaluations/bulk-import"))
                .header("Content-Type", body.contentType()).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String job = started.headers().firstValue("Location").orElseThrow().replaceAll(".*/bulk-import/", "");

        // the node that picked the job dies part way through it
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        int reported;
        while ((reported = reported(job)) < 3) {
            assertThat(Instant.now()).as("the import has not begun").isBefore(deadline);
            Thread.sleep(20);
        }
        String running = queryString("SELECT node FROM import_job WHERE id = '" + job + "'");
        Node victim = nodes.get(running);
        assertThat(victim).as("the node running the job: %s", running).isNotNull();
        victim.process().destroyForcibly();
        assertThat(victim.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
        int atKill = reported(job);
        assertThat(atKill).as("files done when %s was killed", running).isLessThan(FILES);
        Node survivor = nodes.values().stream().filter(n -> n != victim).findFirst().orElseThrow();
        Instant killed = Instant.now();

        // watched through the other node, and through the balancer, to its report
        String page = "";
        deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (page.isEmpty() || page.contains("hx-get=")) {
            assertThat(Instant.now()).as("the job never finished; last page: %s", page).isBefore(deadline);
            Thread.sleep(500);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(survivor.url() + "/evaluations/bulk-import/" + job))
                    .header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            page = r.body();
        }
        assertThat(page).contains("import-summary");
        System.out.printf("two nodes: %s killed with %d of %d files reported (%d when it was picked); the job ended on %s %d ms later%n",
                running, atKill, FILES, reported, survivor.name(), Duration.between(killed, Instant.now()).toMillis());
        assertThat(get(balancer + "/evaluations/bulk-import/" + job).body()).contains("import-summary");

        // resumed on the survivor, every file imported once, each table whole
        assertThat(queryString("SELECT node FROM import_job WHERE id = '" + job + "'")).isEqualTo(survivor.name());
        assertThat(queryLong("SELECT attempts FROM import_job WHERE id = '" + job + "'")).isEqualTo(2);
        assertThat(reported(job)).isEqualTo(FILES);
        assertThat(queryLong("SELECT COUNT(*) FROM import_job_report WHERE job_id = '" + job + "' AND report LIKE '%\"FAILED\"%'"))
                .isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM evaluation WHERE project LIKE '" + prefix + "%'")).isEqualTo(FILES);
        assertThat(queryLong("SELECT COUNT(DISTINCT project) FROM evaluation WHERE project LIKE '" + prefix + "%'")).isEqualTo(FILES);
        int indicators = template.indicators().size();
        assertThat(queryLong("SELECT COUNT(*) FROM evaluation e WHERE e.project LIKE '" + prefix + "%' AND "
                + "(SELECT COUNT(*) FROM indicator i WHERE i.evaluation_id = e.id) <> " + indicators)).as("tables not whole").isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM evaluation e WHERE e.project LIKE '" + prefix + "%' AND NOT EXISTS "
                + "(SELECT 1 FROM evaluation_recheck r WHERE r.evaluation_id = e.id)")).as("tables without their 复核 figures").isZero();
        assertThat(queryLong("SELECT COUNT(*) FROM import_job_file WHERE job_id = '" + job + "'")).isZero();

        // the API still answers with the whole report, through the balancer with one node left
        Multipart one = new Multipart();
        one.field("organisationId", Long.toString(unit));
        one.file("files", "一个.txt", OfficialTables.of(ExchangeIntegrationTest.renamed(template, prefix + "接口"))
                .asText().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(balancer + "/api/evaluations/import"))
                .header("Authorization", basic("yn-filler")).header("Content-Type", one.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(one.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"created\":1").contains("CREATED");
    }

    // --- the nodes

    private void startNode(String name) throws Exception {
        int port = freePort();
        Path jar = Paths.get(System.getProperty("jixiao.server.jar", "target/jixiao-server.jar"));
        assertThat(jar).as("the repackaged server jar (mvn package)").exists();
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + TestDatabase.postgresUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=" + TestDatabase.postgresUser(),
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema,
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--jixiao.demo=true",
                "--jixiao.node.name=" + name,
                "--jixiao.jobs.threads=1",
                "--jixiao.jobs.heartbeat-interval=1s",
                "--jixiao.jobs.missed-heartbeats=4",
                "--server.forward-headers-strategy=native");
        pb.directory(work.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("JIXIAO_DB") || k.equals("JIXIAO_ADMIN_PASSWORD"));
        pb.redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        Node node = new Node(name, port, pb.start());
        nodes.put(name, node);
        waitUntilUp(node.url(), node.process());
    }

    private void waitUntilUp(String url, Process process) throws Exception {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("%s stopped; see %s", url, work).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " did not start within " + START + "; see " + work);
    }

    private static String haproxyCommand() {
        for (String p : List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")) {
            if (Files.isExecutable(Paths.get(p))) {
                return p;
            }
        }
        return "haproxy"; // scripts/test-prerequisites installs it
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    // --- requests

    private void signIn(String base, String user) throws Exception {
        String csrf = csrf(get(base + "/login").body());
        HttpResponse<String> r = post(base + "/login", Map.of("username", user, "password", "demo", "_csrf", csrf));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/workbench"); // everyone lands on the 工作台
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(page);
        assertThat(m.find()).as("a _csrf field in %s", page.length() > 400 ? page.substring(0, 400) : page).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static SelfEvaluation seedTable() throws IOException {
        Path seeds = null;
        for (Path p = Paths.get("").toAbsolutePath(); p != null && seeds == null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata/seeds"))) {
                seeds = p.resolve("testdata/seeds");
            }
        }
        assertThat(seeds).as("testdata/seeds above the working directory").isNotNull();
        try (var files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                var read = new TableFiles().read(p);
                if (!read.tables().isEmpty()) {
                    return read.tables().get(0).evaluation();
                }
            }
        }
        throw new IllegalStateException("no seed table in " + seeds);
    }

    /** A multipart/form-data body. */
    private static final class Multipart {
        private final String boundary = "----jixiao" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        void file(String name, String filename, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: text/plain\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    // --- the database, as an operator would look

    private Connection db() throws SQLException {
        return DriverManager.getConnection(TestDatabase.postgresUrl() + "?currentSchema=" + schema, TestDatabase.postgresUser(), "");
    }

    private long firstEvaluationId() throws SQLException {
        return queryLong("SELECT MIN(id) FROM evaluation");
    }

    private int reported(String job) throws SQLException {
        return (int) queryLong("SELECT COUNT(*) FROM import_job_report WHERE job_id = '" + job + "'");
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String queryString(String sql) throws SQLException {
        try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
