package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word a page shows comes from the bundles, and both bundles have every key. */
class I18nBundlesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(title|placeholder|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void the_chinese_and_english_bundles_have_the_same_keys() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        zh.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void templates_hold_no_literal_text() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
                Matcher m = TEXT.matcher(html);
                while (m.find()) {
                    if (WORDS.matcher(m.group(1)).find()) {
                        found.add(file.getFileName() + ": " + m.group(1).strip());
                    }
                }
                Matcher a = LITERAL_ATTRIBUTE.matcher(html);
                while (a.find()) {
                    if (WORDS.matcher(a.group(2)).find()) {
                        found.add(file.getFileName() + ": " + a.group(1) + "=" + a.group(2));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void every_message_key_a_template_names_exists() throws IOException {
        Properties zh = bundle("messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
