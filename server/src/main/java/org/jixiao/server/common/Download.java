package org.jixiao.server.common;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** A file to save: its bytes with the type and a Chinese file name every browser keeps. */
public final class Download {
    private Download() {
    }

    /**
     * {@code filename} for clients that only know ASCII, {@code filename*} (RFC 5987, UTF-8) for the real name:
     * "2023 计算机技术….xlsx" would otherwise arrive as underscores or mojibake.
     */
    public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String name, String asciiFallback) {
        String disposition = "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''"
                + UriUtils.encode(name, StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /** A name safe in a file system and a header: no path separators, quotes or control characters, at most 80 characters. */
    public static String safeName(String s) {
        String cleaned = s == null ? "" : s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }
}
