package org.jixiao.core.scoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Scheme files made from a built-in one by replacing parts of its text, read as a scheme file is: validated. */
final class SchemeVariants {
    private SchemeVariants() {
    }

    static String text(String builtInId) {
        try (InputStream in = Schemes.class.getResourceAsStream("schemes/" + builtInId + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in scheme's file with each {@code from} replaced by the {@code to} after it, read and validated. */
    static Scheme variant(String builtInId, String... fromTo) {
        return read(replaced(builtInId, fromTo), builtInId + "-variant.json");
    }

    static String replaced(String builtInId, String... fromTo) {
        String json = text(builtInId);
        for (int k = 0; k < fromTo.length; k += 2) {
            if (!json.contains(fromTo[k])) {
                throw new IllegalArgumentException(builtInId + " has no " + fromTo[k]);
            }
            json = json.replace(fromTo[k], fromTo[k + 1]);
        }
        return json;
    }

    static Scheme read(String json, String source) {
        return Schemes.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }
}
