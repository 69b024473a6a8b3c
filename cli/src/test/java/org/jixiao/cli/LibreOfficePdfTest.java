package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PDFs printed by other software: the seeds exported as workbooks by {@code jixiao export}, printed to PDF by
 * LibreOffice (untagged, as a PDF from Word, WPS or a finance system is) and scored from the PDFs read by the
 * position of their text. LibreOffice must be installed (`./jixiao test` installs libreoffice-calc-nogui).
 */
class LibreOfficePdfTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_seeds_printed_to_pdf_by_libreoffice_read_back_to_their_seven_totals() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "libreoffice-pdf"));
        Path xlsx = fresh(work.resolve("xlsx"));
        Path pdf = fresh(work.resolve("pdf"));
        List<String> export = new ArrayList<>(List.of("export", "--format", "xlsx", "-o", xlsx.toString()));
        try (Stream<Path> seeds = Files.list(Cli.seeds())) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> export.add(p.toString()));
        }
        assertThat(Main.run(export.toArray(String[]::new))).isEqualTo(0);
        convertToPdf(work, xlsx, pdf);

        Cli.Run run = Cli.run("score", "--json", pdf.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(0);
        List<String> totals = new ArrayList<>();
        for (JsonNode file : JSON.readTree(run.out()).get("files")) {
            for (JsonNode table : file.get("tables")) {
                totals.add(table.get("total").decimalValue().setScale(2).toPlainString());
            }
        }
        assertThat(totals).containsExactlyInAnyOrder("93.30", "99.28", "80.00", "100.00", "100.00", "100.00", "100.00");
    }

    /** An empty folder: what an earlier run left would be converted and counted again. */
    private static Path fresh(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** soffice with a profile of its own under target/, so parallel runs do not share (and lock) one. */
    private static void convertToPdf(Path work, Path xlsx, Path pdf) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + work.resolve("profile").toAbsolutePath().toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdf.toAbsolutePath().toString()));
        try (Stream<Path> books = Files.list(xlsx)) {
            books.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(p -> command.add(p.toAbsolutePath().toString()));
        }
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).as("soffice finished (see " + work.resolve("soffice.log") + ")").isTrue();
        assertThat(soffice.exitValue()).as(Files.readString(work.resolve("soffice.log"))).isEqualTo(0);
        try (Stream<Path> pdfs = Files.list(pdf)) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(3);
        }
    }
}
