package org.jixiao.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.text.BundleRules;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The reader's problems and inferences are in its bundle, in Chinese and English. The Chinese that stays in its Java
 * is the printed forms' own words — the labels, classes and headers it reads tables by — which are the format, not
 * messages; so what is checked is that no problem or inference is made from text written in the Java.
 */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BUNDLE = "org/jixiao/formats/messages";

    @Test
    void the_bundle_has_every_key_and_placeholder_in_both_languages() throws IOException {
        BundleRules.bothLanguagesAgree(BUNDLE);
    }

    @Test
    void every_key_the_java_names_is_in_the_bundle() throws IOException {
        assertThat(BundleRules.keysMissing(SOURCES, BUNDLE)).isEmpty();
    }

    @Test
    void every_problem_and_inference_is_made_from_a_key_of_the_bundle() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("ReaderMessages.java")).toList()) {
                String src = Files.readString(f);
                if (src.contains("new ReadProblem(") || src.contains("new Inference(")) {
                    inline.add(SOURCES.relativize(f).toString());
                }
            }
        }
        assertThat(inline).as("files that write a problem's or an inference's words themselves").isEmpty();
    }

    @Test
    void a_problem_carries_its_message_in_both_languages() {
        ReadResult r = new DisclosureReader().read("   ", "empty.txt");

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.zh()).isEqualTo("文件为空");
            assertThat(p.en()).isEqualTo("the file is empty");
            assertThat(p.toString()).isEqualTo("empty.txt: 文件为空 / the file is empty");
        });
    }
}
