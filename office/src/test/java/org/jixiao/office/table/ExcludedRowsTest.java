package org.jixiao.office.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.SeedTables;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.pdf.PdfTableReader;
import org.jixiao.office.xlsx.WorkbookExporter;
import org.jixiao.office.xlsx.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row an approved adjustment took out prints 调整剔除 with no weight or score and its reason, and reads back
 * excluded — not merely not reported — in its place, from the text, the workbook and the PDF.
 */
class ExcludedRowsTest {
    private static final String REASON = "调整剔除（第 2 版起）";
    @TempDir
    Path dir;

    /** Yunnan's pass-rate table with its second indicator excluded and its third not reported. */
    private static SelfEvaluation withRowsTakenOut() throws IOException {
        SelfEvaluation e = SeedTables.byProject("计算机技术与软件专业资格考试专项资金");
        List<Indicator> rows = new ArrayList<>(e.indicators());
        rows.set(1, rows.get(1).withActual(Actual.excluded(REASON)).withWeight(BigDecimal.TEN));
        rows.set(2, rows.get(2).withActual(Actual.notReported("", "数据未出")));
        return e.withIndicators(rows);
    }

    private static void readsBackWithEachStatus(ReadResult back) {
        assertThat(back.tables()).hasSize(1);
        List<Indicator> read = back.tables().get(0).evaluation().indicators();
        assertThat(read.get(1).actual().status()).isEqualTo(ActualStatus.EXCLUDED);
        assertThat(read.get(1).actual().reason()).contains(REASON);
        assertThat(read.get(1).weight()).isNull();
        assertThat(read.get(2).actual().status()).isEqualTo(ActualStatus.NOT_REPORTED);
        assertThat(read.get(0).actual().status()).isEqualTo(ActualStatus.REPORTED);
    }

    @Test
    void an_excluded_row_prints_its_mark_no_weight_and_no_score_but_its_reason() throws IOException {
        SelfEvaluation e = withRowsTakenOut();
        String name = e.indicators().get(1).name();
        String line = OfficialTables.of(e).asText().lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
        assertThat(line.split("\t", -1)).containsSubsequence("调整剔除", "—", "—", REASON);
    }

    @Test
    void the_round_trip_text_workbook_and_pdf_keep_excluded_apart_from_not_reported() throws IOException {
        SelfEvaluation e = withRowsTakenOut();
        readsBackWithEachStatus(new DisclosureReader().read(OfficialTables.of(e).asText(), "round-trip"));

        Path xlsx = dir.resolve("one.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new WorkbookExporter().write(List.of(e), out);
        }
        readsBackWithEachStatus(new WorkbookReader().read(xlsx));

        Path pdf = dir.resolve("one.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfExporter().write(List.of(e), out);
        }
        readsBackWithEachStatus(new PdfTableReader().read(pdf));
    }
}
