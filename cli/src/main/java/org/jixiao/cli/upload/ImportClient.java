package org.jixiao.cli.upload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** Posts files to a jixiao server's {@code /api/evaluations/import}, one request per batch. */
public final class ImportClient {
    static final String PATH = "/api/evaluations/import";

    /** The server's answer: the report on 200, its refusal otherwise. */
    public record Answer(int status, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String authorization;
    private final String language;

    private ImportClient(URI endpoint, String authorization, String language) {
        this.endpoint = endpoint;
        this.authorization = authorization;
        this.language = language;
    }

    public static ImportClient withToken(String server, String token, String language) {
        return new ImportClient(endpoint(server), "Bearer " + token, language);
    }

    public static ImportClient withPassword(String server, String user, String password, String language) {
        String pair = user + ":" + password;
        return new ImportClient(endpoint(server),
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)), language);
    }

    public URI endpoint() {
        return endpoint;
    }

    public Answer send(long organisationId, Integer year, List<Path> files) throws IOException, InterruptedException {
        MultipartBody body = new MultipartBody().field("organisationId", Long.toString(organisationId));
        if (year != null) {
            body.field("year", year.toString());
        }
        for (Path f : files) {
            body.file("files", f);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", body.contentType())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                // the server's refusals and problems come in the caller's language
                .header("Accept-Language", language)
                .POST(body.publisher())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    private static URI endpoint(String server) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        return URI.create(base + PATH);
    }
}
