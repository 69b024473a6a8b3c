package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jixiao.core.text.BundleRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void a_refusal_of_office_and_the_reports_lines_are_shown_in_the_language_of_lang(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("old.xls");
        Files.write(old, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2});

        Cli.Run zh = Cli.run("score", old.toString());
        Cli.Run en = Cli.run("score", "--lang", "en", old.toString());

        assertThat(zh.out()).contains(old + ": 无法读取的 Office 文件")
                .contains(old + "：表 0（其中申报表 0），指标 0，推断字段 0，跳过行 0，未能读取 1 处");
        assertThat(en.out()).contains(old + ": an Office file that cannot be read")
                .contains(old + ": 0 tables (0 declarations), 0 indicators, 0 fields inferred, 0 rows skipped, 1 not read")
                .doesNotContainPattern("\\p{IsHan}");
    }
}
