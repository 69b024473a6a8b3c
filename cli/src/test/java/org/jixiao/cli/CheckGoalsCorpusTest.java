package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.core.declaration.ClassMissing;
import org.jixiao.core.declaration.GoalMissing;
import org.jixiao.core.declaration.TargetIncomplete;
import org.jixiao.core.text.Text;
import org.jixiao.formats.Seeds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `check-goals` on the corpus declarations (testdata/corpus, kind declaration), held to what the careful reader's
 * reading beside each excerpt says of it: a declaration that writes its 年度目标 gets no GOAL_MISSING, one whose
 * indicators are cut off from the text gets no missing-class finding, and a target gets TARGET_INCOMPLETE exactly
 * where the reading prints it without an operator (or without a figure) — never where it prints one.
 */
class CheckGoalsCorpusTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_corpus_declarations_get_the_findings_their_careful_readings_bear_out() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var all = Files.list(Seeds.corpus())) {
            all.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().forEach(p -> {
                if (read(p).get("kind").asString().equals("declaration")) {
                    files.add(p.resolveSibling(p.getFileName().toString().replace(".expected.json", ".txt")));
                }
            });
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        String[] args = new String[files.size() + 2];
        args[0] = "check-goals";
        args[1] = "--json";
        for (int i = 0; i < files.size(); i++) {
            args[i + 2] = files.get(i).toString();
        }
        JsonNode doc = JSON.readTree(Cli.run(args).out());
        int targetsJudged = 0;
        for (JsonNode file : doc.get("files")) {
            Path txt = Path.of(file.get("path").asString());
            JsonNode expected = read(txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".expected.json")));
            JsonNode declaration = file.get("declarations").get(0);
            List<JsonNode> findings = new ArrayList<>();
            declaration.get("findings").forEach(findings::add);
            String id = txt.getFileName().toString();

            JsonNode goals = expected.get("goals");
            if (goals != null && goals.hasNonNull("annual")) {
                assertThat(findings).as(id + ": its 年度目标 is written").noneMatch(f -> f.get("code").asString().equals(GoalMissing.CODE));
            }
            if (declaration.get("indicators").asInt() == 0) {
                assertThat(declaration.get("indicatorsChecked").asBoolean()).isFalse();
                assertThat(findings).as(id + ": no indicator read, no class said missing")
                        .noneMatch(f -> f.get("code").asString().equals(ClassMissing.CODE));
            }
            Set<String> incomplete = new HashSet<>();
            findings.stream().filter(f -> f.get("code").asString().equals(TargetIncomplete.CODE))
                    .forEach(f -> incomplete.add(Text.key(f.get("indicator").asString())));
            for (JsonNode i : expected.get("indicators")) {
                String name = Text.key(i.get("name").asString()).replaceFirst("^指标\\d+[:：]", "");
                // a row the careful reading gives no name cannot be told from the other nameless rows by name
                if (i.path("cut_off").asBoolean(false) || name.isEmpty() || !readNames(file).contains(name)) {
                    continue;
                }
                String target = i.path("target").asString("");
                boolean qualitative = "qualitative".equals(i.path("operator").asString(null));
                boolean printsOperator = !i.path("operator").isNull() && !qualitative
                        || target.matches("^\\s*[≥≤><=≧≦＞＜＝].*");
                boolean hasFigure = target.matches(".*\\d.*");
                if (qualitative) {
                    continue; // a qualitative target's completeness is a matter of words, judged elsewhere
                }
                targetsJudged++;
                assertThat(incomplete.contains(name)).as(id + " 「" + name + "」 target " + target)
                        .isEqualTo(!printsOperator || !hasFigure);
            }
        }
        assertThat(targetsJudged).isGreaterThanOrEqualTo(20);
    }

    /** The names of the indicators check-goals read, keyed: the findings name their indicator. */
    private static Set<String> readNames(JsonNode file) {
        return NAMES.computeIfAbsent(file.get("path").asString(), p -> {
            Set<String> names = new HashSet<>();
            Cli.Run run = Cli.run("score", "--json", p);
            JsonNode doc = JSON.readTree(run.out());
            for (JsonNode f : doc.path("files")) {
                for (JsonNode t : f.path("tables")) {
                    for (JsonNode i : t.path("indicators")) {
                        names.add(Text.key(i.path("name").asString("")).replaceFirst("^指标\\d+[:：]", ""));
                    }
                }
            }
            return names;
        });
    }

    private static final java.util.Map<String, Set<String>> NAMES = new java.util.HashMap<>();

    private static JsonNode read(Path p) {
        try {
            return JSON.readTree(Files.readString(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
