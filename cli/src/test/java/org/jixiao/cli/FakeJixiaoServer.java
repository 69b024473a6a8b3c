package org.jixiao.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stand-in for the server's import endpoint: records each multipart request and answers what the test says. */
final class FakeJixiaoServer implements AutoCloseable {
    record Part(String name, String filename, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    record Request(String method, String path, Map<String, String> headers, List<Part> parts) {
        String field(String name) {
            return parts.stream().filter(p -> p.name().equals(name) && p.filename() == null).findFirst().map(Part::text).orElse(null);
        }

        List<Part> files() {
            return parts.stream().filter(p -> p.filename() != null).toList();
        }
    }

    record Answer(int status, String body) {
    }

    private final HttpServer http;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeJixiaoServer(Function<Request, Answer> answer) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    parts(headers.getOrDefault("content-type", ""), body));
            requests.add(request);
            Answer a = answer.apply(request);
            byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
    }

    /** The server's report when every table of every file was created: one table a file. */
    static Answer allCreated(Request request) {
        List<String> files = new ArrayList<>();
        int i = 0;
        for (Part f : request.files()) {
            files.add("{\"name\":\"" + f.filename() + "\",\"outcome\":\"IMPORTED\",\"tables\":[{\"index\":1,\"project\":\"项目"
                    + i + "\",\"year\":2023,\"outcome\":\"CREATED\",\"evaluationId\":" + (100 + i++) + ",\"changes\":0}],\"notes\":[]}");
        }
        return new Answer(200, "{\"files\":" + files.size() + ",\"created\":" + files.size()
                + ",\"updated\":0,\"unchanged\":0,\"locked\":0,\"failed\":0,\"reports\":[" + String.join(",", files) + "]}");
    }

    /** A byte-exact multipart parser, strict enough that a malformed body fails the test. */
    private static List<Part> parts(String contentType, byte[] body) {
        List<Part> parts = new ArrayList<>();
        Matcher b = Pattern.compile("boundary=(\\S+)").matcher(contentType);
        if (!b.find()) {
            return parts;
        }
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos != 0) {
            throw new AssertionError("the body does not start with the boundary");
        }
        while (true) {
            pos += delimiter.length;
            if (body[pos] == '-' && body[pos + 1] == '-') {
                if (pos + 4 != body.length || body[pos + 2] != '\r' || body[pos + 3] != '\n') {
                    throw new AssertionError("the closing boundary is not followed by CRLF and the end");
                }
                return parts;
            }
            pos += 2; // CRLF after the boundary
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
            int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1), headersEnd);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
            parts.add(new Part(group(headers, " name=\"([^\"]*)\""), group(headers, "filename=\"([^\"]*)\""),
                    group(headers, "(?i)content-type: (\\S+)"), content));
            pos = next + 2;
        }
    }

    private static String group(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found in the body");
    }
}
