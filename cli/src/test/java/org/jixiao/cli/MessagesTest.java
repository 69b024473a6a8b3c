package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jixiao.core.text.BundleRules;
import org.junit.jupiter.api.Test;

/**
 * Every message the command line prints is in its bundle, in Chinese and English, and shown in the language of
 * {@code --lang}. What stays in the Java is the commands' usage text (their annotations, bilingual by design: help
 * is asked for before a language is chosen); no file of the cli is kept otherwise.
 */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void the_bundle_has_every_key_and_placeholder_in_both_languages() throws IOException {
        BundleRules.bothLanguagesAgree("org/jixiao/cli/messages");
    }

    @Test
    void every_key_the_java_names_is_in_the_bundle() throws IOException {
        assertThat(BundleRules.keysMissing(SOURCES, "org/jixiao/cli/messages")).isEmpty();
    }

    @Test
    void no_chinese_message_is_written_in_the_java() throws IOException {
        assertThat(BundleRules.chineseLiterals(SOURCES, Map.of())).isEmpty();
    }

    @Test
    void every_refusal_of_the_import_server_has_its_message() throws IOException {
        for (int status : new int[]{401, 403, 404, 413, 200, 500}) {
            var r = org.jixiao.cli.upload.Refusal.of(status, "{\"error\":\"x\"}");
            assertThat(r.zh()).startsWith("HTTP " + status + " ").endsWith("：x").doesNotContain("{");
            assertThat(r.en()).startsWith("HTTP " + status + " ").endsWith(": x").doesNotContain("{");
        }
    }
}
