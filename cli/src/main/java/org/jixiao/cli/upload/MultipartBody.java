package org.jixiao.cli.upload;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A multipart/form-data body (RFC 7578): text fields, then files streamed from disk rather than held in memory,
 * each named in UTF-8 as RFC 7578 §4.2 allows, since the server keeps the name a report speaks of.
 */
public final class MultipartBody {
    private static final String CRLF = "\r\n";

    private final String boundary = "jixiao-" + UUID.randomUUID();
    private final List<BodyPublisher> parts = new ArrayList<>();

    public MultipartBody field(String name, String value) {
        text("--" + boundary + CRLF + "Content-Disposition: form-data; name=\"" + quoted(name) + "\"" + CRLF + CRLF
                + value + CRLF);
        return this;
    }

    public MultipartBody file(String name, Path file) throws FileNotFoundException {
        text("--" + boundary + CRLF
                + "Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\""
                + quoted(file.getFileName().toString()) + "\"" + CRLF
                + "Content-Type: application/octet-stream" + CRLF + CRLF);
        parts.add(BodyPublishers.ofFile(file));
        text(CRLF);
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public HttpRequest.BodyPublisher publisher() {
        List<BodyPublisher> all = new ArrayList<>(parts);
        all.add(BodyPublishers.ofString("--" + boundary + "--" + CRLF, StandardCharsets.UTF_8));
        return BodyPublishers.concat(all.toArray(BodyPublisher[]::new));
    }

    private void text(String s) {
        parts.add(BodyPublishers.ofString(s, StandardCharsets.UTF_8));
    }

    /** A quote or line break would end the header early; browsers escape them the same way (HTML form encoding). */
    static String quoted(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
