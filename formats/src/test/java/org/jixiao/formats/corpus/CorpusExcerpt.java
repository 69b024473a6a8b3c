package org.jixiao.formats.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.formats.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One excerpt of testdata/corpus: its text, the careful reader's reading beside it ({@code NNN.expected.json}) and
 * the kinds of damage the corpus README names for it. The kinds come from the words of the README's damage column,
 * so a new excerpt is classified by how it is described, never by its number.
 */
record CorpusExcerpt(String id, Path text, JsonNode expected, Set<DamageKind> damage) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern README_ROW = Pattern.compile("^\\|\\s*(\\d{3})\\s*\\|(.*)\\|\\s*$");

    /** The kinds of damage the corpus describes, each recognised by the words the README uses for it. */
    enum DamageKind {
        ONE_CELL_PER_LINE("one cell per line"),
        PIPE_TABLE("pipe table", "empty-cell runs", "empty runs"),
        RUN_TOGETHER("run together", "no separators", "run-on", "flattened"),
        SPACE_SEPARATED("space-separated"),
        SCRAMBLED_ORDER("scrambled", "interleaved", "detached"),
        OCR("ocr", "mojibake", "garbage", "float artefacts"),
        TRADITIONAL_PINYIN("traditional", "pinyin"),
        PAGE_MARKERS("page marker", "page number", "page list"),
        BOILERPLATE("boilerplate", "notice text", "narrative", "spam", "html fragments", "instruction"),
        CUT_OFF("cut off", "tail fragment", "truncation", "only the"),
        SEVERAL_TABLES("two tables", "next table", "follows", "table before it"),
        SPLIT_CELLS("split across lines", "broken across lines", "split over lines", "numbers split");

        private final String[] words;

        DamageKind(String... words) {
            this.words = words;
        }

        static Set<DamageKind> described(String description) {
            String d = description.toLowerCase(java.util.Locale.ROOT);
            Set<DamageKind> kinds = new LinkedHashSet<>();
            for (DamageKind k : values()) {
                for (String w : k.words) {
                    if (d.contains(w)) {
                        kinds.add(k);
                        break;
                    }
                }
            }
            return kinds;
        }
    }

    static List<CorpusExcerpt> all() throws IOException {
        Path dir = Seeds.corpus();
        List<String> readme = Files.readAllLines(dir.resolve("README.md"));
        List<CorpusExcerpt> out = new ArrayList<>();
        for (String line : readme) {
            Matcher m = README_ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String id = m.group(1);
            String[] columns = m.group(2).split("\\|");
            String description = String.join(" ", columns);
            Path text = dir.resolve(id + ".txt");
            JsonNode expected = JSON.readTree(Files.readString(dir.resolve(id + ".expected.json")));
            out.add(new CorpusExcerpt(id, text, expected, DamageKind.described(description)));
        }
        return out;
    }

    /** The excerpt's tables as the careful reader has them: the main one and any {@code other_tables}. */
    List<JsonNode> tables() {
        List<JsonNode> t = new ArrayList<>();
        t.add(expected);
        JsonNode others = expected.get("other_tables");
        if (others != null && others.isArray()) {
            others.forEach(t::add);
        }
        return t;
    }

    String kind() {
        JsonNode k = expected.get("kind");
        return k == null || k.isNull() ? "" : k.asText();
    }
}
