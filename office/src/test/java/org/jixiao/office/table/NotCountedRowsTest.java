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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row marked not reported in the web application still holds the weight it had (10) and perhaps a score: the
 * printed table shows neither, as the screen does, with its reason, and reads back as not reported, in order.
 */
class NotCountedRowsTest {
    private static final String REASON = "年中调整，该指标不再考核";
    private static final String YUNNAN = "计算机技术与软件专业资格考试专项资金";
    /** Suzhou's form has no 偏差原因 column: the reason stands in the actual cell. */
    private static final String SUZHOU = "电子政务项目运行维护资金";
    @TempDir
    Path dir;

    /** A seed table with its second indicator marked not reported, weight and score left in place. */
    private static SelfEvaluation withRowNotReported(String project) throws IOException {
        SelfEvaluation e = SeedTables.byProject(project);
        List<Indicator> rows = new ArrayList<>(e.indicators());
        Indicator i = rows.get(1);
        rows.set(1, i.withActual(Actual.notReported("", REASON)).withWeight(BigDecimal.TEN).withReportedScore(BigDecimal.TEN));
        return new SelfEvaluation(e.header(), e.funding(), e.goals(), rows, e.reportedIndicatorWeightSum(),
                e.reportedIndicatorScoreSum(), e.reportedMaxTotal(), e.reportedTotal(), e.reportedGrade(), e.notes(),
                e.layout(), e.line());
    }

    private static void readsBackNotReported(SelfEvaluation sent, ReadResult back) {
        assertThat(back.tables()).hasSize(1);
        List<Indicator> read = back.tables().get(0).evaluation().indicators();
        assertThat(read).extracting(Indicator::name).containsExactlyElementsOf(sent.indicators().stream().map(Indicator::name).toList());
        assertThat(read).extracting(r -> r.actual().status())
                .containsExactlyElementsOf(sent.indicators().stream().map(r -> r.actual().status()).toList());
        Indicator row = read.get(1);
        assertThat(row.actual().status()).isEqualTo(ActualStatus.NOT_REPORTED);
        assertThat(row.weight()).isNull();
        assertThat(row.reportedScore()).isNull();
        assertThat(row.actual().reason()).contains(REASON);
    }

    @Test
    void a_row_not_reported_prints_no_weight_and_no_score_but_its_reason() throws IOException {
        SelfEvaluation e = withRowNotReported(YUNNAN);
        String name = e.indicators().get(1).name();
        String line = OfficialTables.of(e).asText().lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
        assertThat(line.split("\t", -1)).containsSubsequence("无", "—", "—", REASON);
        assertThat(line).doesNotContain("10.00").doesNotContain("\t10\t");
    }

    @Test
    void a_suzhou_row_not_reported_prints_its_reason_in_the_actual_cell_as_the_form_has_no_reason_column() throws IOException {
        SelfEvaluation e = withRowNotReported(SUZHOU);
        String name = e.indicators().get(1).name();
        String line = OfficialTables.of(e).asText().lines().filter(l -> l.contains(name)).findFirst().orElseThrow();
        assertThat(line.split("\t", -1)).containsSubsequence("—", "无（" + REASON + "）", "—");
        assertThat(line).doesNotContain("10.00").doesNotContain("\t10\t");
    }

    @ParameterizedTest
    @ValueSource(strings = {YUNNAN, SUZHOU})
    void the_text_written_for_a_round_trip_reads_back_not_reported(String project) throws IOException {
        SelfEvaluation e = withRowNotReported(project);
        readsBackNotReported(e, new DisclosureReader().read(OfficialTables.of(e).asText(), "round-trip"));
    }

    @ParameterizedTest
    @ValueSource(strings = {YUNNAN, SUZHOU})
    void the_workbook_reads_back_with_the_row_not_reported_and_nothing_refused(String project) throws IOException {
        SelfEvaluation e = withRowNotReported(project);
        Path file = dir.resolve("one.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookExporter().write(List.of(e), out);
        }
        ReadResult back = new WorkbookReader().read(file);
        assertThat(back.allProblems()).isEmpty();
        readsBackNotReported(e, back);
    }

    @ParameterizedTest
    @ValueSource(strings = {YUNNAN, SUZHOU})
    void the_pdf_reads_back_with_the_row_not_reported(String project) throws IOException {
        SelfEvaluation e = withRowNotReported(project);
        Path file = dir.resolve("one.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfExporter().write(List.of(e), out);
        }
        readsBackNotReported(e, new PdfTableReader().read(file));
    }
}
