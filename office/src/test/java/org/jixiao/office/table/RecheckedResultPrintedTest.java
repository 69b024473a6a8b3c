package org.jixiao.office.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.SameEvaluation;
import org.jixiao.office.SeedTables;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.xlsx.WorkbookExporter;
import org.jixiao.office.xlsx.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once finance re-checked a table, its workbook and PDF say what it stands at, and still read back as the table. */
class RecheckedResultPrintedTest {
    private static final FinalResult RECHECKED = new FinalResult(new BigDecimal("89.93"), "良", FinalResult.Source.RECHECK);
    @TempDir
    Path dir;

    @Test
    void a_rechecked_table_prints_its_rechecked_total_and_grade_under_the_grid_and_a_self_evaluation_prints_none() throws IOException {
        SelfEvaluation e = SeedTables.byProject("计算机技术与软件专业资格考试专项资金");
        assertThat(OfficialTables.of(e, RECHECKED).asText()).contains("财政复核：总分 89.93，等级 良");
        FinalResult self = new FinalResult(new BigDecimal("93.30"), "优", FinalResult.Source.SELF);
        assertThat(OfficialTables.of(e, self).asText()).isEqualTo(OfficialTables.of(e).asText());
    }

    @Test
    void the_workbook_and_the_pdf_carry_the_line_and_read_back_as_the_same_table() throws IOException {
        SelfEvaluation e = SeedTables.byProject("计算机技术与软件专业资格考试专项资金");
        Path xlsx = dir.resolve("one.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new WorkbookExporter().write(List.of(e), List.of(RECHECKED), out);
        }
        ReadResult back = new WorkbookReader().read(xlsx);
        assertThat(back.allProblems()).isEmpty();
        assertThat(SameEvaluation.differences(e, back.tables().get(0).evaluation())).isEmpty();

        Path pdf = dir.resolve("one.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfExporter().write(List.of(e), List.of(RECHECKED), out);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("财政复核：总分89.93，等级良");
        }
    }
}
