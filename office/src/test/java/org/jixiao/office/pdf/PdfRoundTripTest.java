package org.jixiao.office.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.SameEvaluation;
import org.jixiao.office.SeedTables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class PdfRoundTripTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> every_seed_table_exported_as_pdf_reads_back_field_for_field() throws IOException {
        return SeedTables.all().stream().map(e -> DynamicTest.dynamicTest(e.header().project(), () -> {
            Path file = write(List.of(e), "one.pdf");
            ReadResult back = new PdfTableReader().read(file);
            assertThat(back.allProblems()).isEmpty();
            assertThat(back.tables()).hasSize(1);
            assertThat(SameEvaluation.differences(e, back.tables().get(0).evaluation())).isEmpty();
        }));
    }

    private Path write(List<SelfEvaluation> evaluations, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfExporter().write(evaluations, out);
        }
        return file;
    }
}
