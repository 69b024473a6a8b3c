package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static Path seeds() {
        return org.jixiao.formats.Seeds.dir();
    }

    @Test
    void published_text_exported_as_a_workbook_and_a_pdf_is_scored_the_same_as_the_text() throws Exception {
        assertThat(Main.run(args("export", "--format", "xlsx", "-o", dir.toString()))).isEqualTo(0);
        assertThat(Main.run("export", "--format", "pdf", "-o", dir.toString(), seeds().resolve("000_04ee162c2bec9128.txt").toString())).isEqualTo(0);
        assertThat(dir.resolve("004_1c7597119af05248.xlsx")).exists();
        assertThat(Files.readAllBytes(dir.resolve("000_04ee162c2bec9128.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        String fromText = score(seeds().resolve("000_04ee162c2bec9128.txt"));
        assertThat(scores(score(dir.resolve("000_04ee162c2bec9128.xlsx")))).isEqualTo(scores(fromText)).isNotEmpty();
        assertThat(scores(score(dir.resolve("000_04ee162c2bec9128.pdf")))).isEqualTo(scores(fromText));
    }

    @Test
    void one_workbook_holds_every_table_of_every_file() throws Exception {
        assertThat(Main.run(args("export", "--format", "xlsx", "--one-workbook", "-o", dir.toString()))).isEqualTo(0);
        assertThat(dir.resolve("jixiao-tables.xlsx")).exists();
        assertThat(score(dir.resolve("jixiao-tables.xlsx"))).contains("\"index\":7");
    }

    @Test
    void a_file_that_cannot_be_opened_is_reported_and_the_others_are_still_exported() {
        int status = Main.run("export", "--format", "xlsx", "-o", dir.toString(), "/nonexistent/table.txt",
                seeds().resolve("000_04ee162c2bec9128.txt").toString());
        assertThat(status).isEqualTo(1);
        assertThat(dir.resolve("000_04ee162c2bec9128.xlsx")).exists();
    }

    @Test
    void two_files_of_one_name_in_different_folders_are_both_exported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(seeds().resolve("000_04ee162c2bec9128.txt"), Files.createDirectories(in.resolve("2022")).resolve("a.txt"));
        Files.copy(seeds().resolve("004_1c7597119af05248.txt"), Files.createDirectories(in.resolve("2023")).resolve("a.txt"));
        Path outDir = dir.resolve("out");
        assertThat(Main.run("export", "--format", "xlsx", "-o", outDir.toString(), in.toString())).isEqualTo(0);
        assertThat(outDir.resolve("a.xlsx")).exists();
        assertThat(outDir.resolve("a-2.xlsx")).exists();
    }

    /** The command followed by the seed tables (the folder also holds expected.json, which is no table). */
    private static String[] args(String... command) throws java.io.IOException {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(command));
        try (var files = Files.list(seeds())) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> all.add(f.toString()));
        }
        return all.toArray(String[]::new);
    }

    /** Every score and the total of a JSON report, by value: a workbook keeps 10.00 as 10, the same amount. */
    private static java.util.List<java.math.BigDecimal> scores(String json) {
        java.util.List<java.math.BigDecimal> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(?:score|total)\":([-0-9.]+)").matcher(json);
        while (m.find()) {
            out.add(new java.math.BigDecimal(m.group(1)).stripTrailingZeros());
        }
        return out;
    }

    private static String score(Path file) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Main.run("score", "--json", file.toString())).isEqualTo(0);
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
