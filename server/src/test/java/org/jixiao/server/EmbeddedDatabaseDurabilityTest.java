package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.jayway.jsonpath.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zero-config default keeps what it confirmed: a real server process on its H2 file, saves answered 200, the
 * process killed with SIGKILL right after (no shutdown hook, no close), and a new process on the same file.
 */
class EmbeddedDatabaseDurabilityTest {
    private static final Duration START_UP = Duration.ofMinutes(3);
    private static final String AUTH = "Basic "
            + Base64.getEncoder().encodeToString("yn-filler:demo".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process server;
    private int port;

    @AfterEach
    void stopTheServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void ten_saves_answered_200_are_all_there_after_the_server_is_killed_with_sigkill() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "the embedded H2 file is the zero-config default's database");
        start();
        long id = firstEvaluationOfTheFiller();
        int version = JsonPath.read(get("/api/evaluations/" + id), "$.version");

        for (int n = 1; n <= 10; n++) {
            String saved = put("/api/evaluations/" + id + "/actuals",
                    "{\"version\":" + version + ",\"actuals\":[{\"index\":0,\"actual\":\"" + (90 + n) + "%\"}]}");
            version = JsonPath.read(saved, "$.version");
        }
        server.destroyForcibly().waitFor();

        start();
        String after = get("/api/evaluations/" + id);
        assertThat(JsonPath.<Integer>read(after, "$.version")).isEqualTo(version);
        assertThat(JsonPath.<String>read(after, "$.indicators[0].actual")).isEqualTo("100%");
    }

    /** Starts the server from the test's own classpath in the test's folder, where it keeps its H2 file. */
    private void start() throws IOException, InterruptedException {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", serverClasspath(), JixiaoServerApplication.class.getName(), "--port", Integer.toString(port)));
        server = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile()).start();
        waitUntilUp();
    }

    /** The main classes and their libraries, without the test classes (whose configurations the server would scan). */
    private static String serverClasspath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(all.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void waitUntilUp() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("the server process ended; see " + folder.resolve("server.log")).isTrue();
            try {
                if (http.send(request("/actuator/health").build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens late in the start-up
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server was not up within " + START_UP);
    }

    private long firstEvaluationOfTheFiller() throws IOException, InterruptedException {
        return JsonPath.<Number>read(get("/api/evaluations?year=2023"), "$.items[0].id").longValue();
    }

    private String get(String path) throws IOException, InterruptedException {
        return answer(request(path).header("Authorization", AUTH).GET());
    }

    private String put(String path, String json) throws IOException, InterruptedException {
        return answer(request(path).header("Authorization", AUTH).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String answer(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
