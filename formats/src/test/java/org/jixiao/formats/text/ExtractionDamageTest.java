package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.formats.Seeds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Published tables come in every state of extraction damage. Each seed, re-published the ways other sites publish
 * (pipes, cells run together by spaces, a web page, traditional characters, full-width figures), reads to the same
 * indicators, weights, printed scores and recomputed totals as the clean text.
 */
class ExtractionDamageTest {
    private static final List<String> SEEDS = List.of("000_04ee162c2bec9128.txt", "003_c9ca6d132b3858a0.txt", "004_1c7597119af05248.txt");
    private final DisclosureReader reader = new DisclosureReader();

    @TestFactory
    Stream<DynamicTest> a_seed_republished_another_way_reads_the_same() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String seed : SEEDS) {
            String text = Files.readString(Seeds.file(seed));
            ReadResult clean = reader.read(text, seed);
            addVariant(tests, seed, "pipe-delimited", clean, ExtractionDamageTest::pipes, text);
            addVariant(tests, seed, "in a web page", clean, ExtractionDamageTest::webPage, text);
            addVariant(tests, seed, "in traditional characters", clean, ExtractionDamageTest::traditional, text);
            addVariant(tests, seed, "with full-width figures and signs", clean, ExtractionDamageTest::fullWidth, text);
            addVariant(tests, seed, "with Windows line ends and a BOM", clean, s -> "\uFEFF" + s.replace("\n", "\r\n"), text);
            addVariant(tests, seed, "one cell per line", clean, ExtractionDamageTest::oneCellPerLine, text);
        }
        return tests.stream();
    }

    @Test
    void cells_run_together_by_spaces_still_read_the_national_table() throws IOException {
        String text = Files.readString(Seeds.file(SEEDS.get(0)));
        ReadResult clean = reader.read(text, "clean");
        ReadResult spaced = reader.read(text.replace('\t', ' '), "spaced");
        assertSameTables(clean, spaced);
    }

    /** What some PDF extractors give: every non-empty cell on a line of its own, the empty ones lost. */
    static String oneCellPerLine(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String cell : line.split("\t")) {
                if (!cell.isBlank()) {
                    out.append(cell.strip()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private void addVariant(List<DynamicTest> tests, String seed, String how, ReadResult clean, UnaryOperator<String> damage, String text) {
        tests.add(DynamicTest.dynamicTest(seed + " " + how, () -> assertSameTables(clean, reader.read(damage.apply(text), seed + " " + how))));
    }

    private static void assertSameTables(ReadResult clean, ReadResult damaged) {
        assertThat(damaged.tables()).hasSameSizeAs(clean.tables());
        for (int t = 0; t < clean.tables().size(); t++) {
            var a = clean.tables().get(t).evaluation();
            var b = damaged.tables().get(t).evaluation();
            assertThat(b.indicators()).as("indicators of table " + (t + 1)).hasSameSizeAs(a.indicators());
            for (int k = 0; k < a.indicators().size(); k++) {
                Indicator x = a.indicators().get(k);
                Indicator y = b.indicators().get(k);
                assertThat(y.name().length()).as("name of " + x.name()).isEqualTo(x.name().length());
                assertSame(x.name() + " weight", x.weight(), y.weight());
                assertSame(x.name() + " printed score", x.reportedScore(), y.reportedScore());
                assertThat(y.target().isQuantitative()).as(x.name() + " target kind").isEqualTo(x.target().isQuantitative());
                assertThat(y.actual().status()).as(x.name() + " status").isEqualTo(x.actual().status());
            }
            var schemes = Schemes.builtIn();
            var sa = schemes.scorer(schemes.forLayout(a.layout())).score(a);
            var sb = schemes.scorer(schemes.forLayout(b.layout())).score(b);
            assertThat(b.layout()).isEqualTo(a.layout());
            assertSame("total of table " + (t + 1), sa.total(), sb.total());
            assertSame("printed total", a.reportedTotal(), b.reportedTotal());
        }
    }

    private static void assertSame(String what, BigDecimal a, BigDecimal b) {
        if (a == null) {
            assertThat(b).as(what).isNull();
        } else {
            assertThat(b).as(what).isNotNull().isEqualByComparingTo(a);
        }
    }

    static String pipes(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            b.append(line.isBlank() ? line : "| " + line.replace("\t", " | ") + " |").append('\n');
        }
        return b.toString();
    }

    static String webPage(String text) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>部门决算公开</title><script>var nav = '<td>x</td>';</script>"
                + "<style>td{border:1px}</style></head><body><div class=\"nav\">首页 &gt; 信息公开 &gt; 部门决算</div>\n<table border=\"1\">\n");
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            b.append("<tr>");
            for (String cell : line.split("\t", -1)) {
                b.append("<td>").append(cell.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</table><div class=\"footer\">版权所有 &copy; 2024</div></body></html>").toString();
    }

    static String traditional(String text) {
        return Transliterator.getInstance("Simplified-Traditional").transliterate(text);
    }

    static String fullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            b.append(line.replace(">=", "≥").replace("<=", "≤")).append('\n');
        }
        String s = b.toString();
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '%' ? '％' : c);
        }
        return out.toString();
    }

    @Test
    void an_empty_file_is_reported_as_empty() {
        ReadResult r = reader.read("", "empty.txt");
        assertThat(r.tables()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.zh()).contains("文件为空");
            assertThat(p.en()).contains("empty");
        });
    }

    @Test
    void a_binary_file_is_refused_with_a_clear_message(@TempDir Path dir) throws IOException {
        Path bin = dir.resolve("report.xls");
        Files.write(bin, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 1, 2, 3});
        ReadResult r = reader.read(bin);
        assertThat(r.tables()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.en()).contains("not a text file"));
    }

    @Test
    void a_table_cut_off_halfway_reads_what_is_there_and_says_where_it_ends() throws IOException {
        List<String> lines = Files.readAllLines(Seeds.file(SEEDS.get(0)));
        String cut = String.join("\n", lines.subList(0, 28)); // stops after the 合格率 row of 公开13表
        ReadResult r = reader.read(cut, "cut.txt");
        assertThat(r.tables()).hasSize(1);
        assertThat(r.tables().get(0).evaluation().indicators()).hasSize(3);
        assertThat(r.tables().get(0).problems()).anySatisfy(p -> assertThat(p.en()).contains("ends before its 总分"));
    }

    @Test
    void a_garbled_score_is_reported_with_its_line_and_the_rest_is_read() throws IOException {
        String text = Files.readString(Seeds.file(SEEDS.get(0))).replace("\t8.37\t", "\t8.3O\t");
        ReadResult r = reader.read(text, "garbled.txt");
        assertThat(r.tables()).hasSize(2);
        assertThat(r.tables().get(0).evaluation().indicators()).hasSize(5);
        assertThat(r.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(28);
            assertThat(p.zh()).contains("8.3O");
        });
    }

    @Test
    void text_with_no_table_in_it_says_so() {
        ReadResult r = reader.read("关于2023年度部门决算的说明\n一、部门职责\n本部门负责……\n", "notes.txt");
        assertThat(r.tables()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.en()).contains("no self-evaluation table"));
    }
}
