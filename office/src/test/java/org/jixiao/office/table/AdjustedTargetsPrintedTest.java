package org.jixiao.office.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.SameEvaluation;
import org.jixiao.office.SeedTables;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.pdf.PdfTableReader;
import org.jixiao.office.xlsx.WorkbookExporter;
import org.jixiao.office.xlsx.WorkbookReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evaluation made from an adjusted declaration prints, where the adjustment changed a target, the adjusted (调整后)
 * target with the original (年初) one beside it, and the row the adjustment deleted as 调整剔除 — in the text, the
 * workbook and the PDF alike, which all read back as the evaluation scored against the adjusted targets.
 */
class AdjustedTargetsPrintedTest {
    private static final Target ORIGINAL = Target.parse("≥30个");
    private static final String REASON = "调整剔除（第 2 版起）";
    @TempDir
    Path dir;

    /** The seed table with its first target adjusted (30 at the start of the year) and its second row deleted. */
    private static SelfEvaluation adjusted(String project) throws IOException {
        SelfEvaluation e = SeedTables.byProject(project);
        List<Indicator> rows = new ArrayList<>(e.indicators());
        Indicator deleted = rows.get(1);
        rows.set(1, new Indicator(deleted.level1(), deleted.level2(), deleted.name(), deleted.target(), Actual.excluded(REASON),
                null, null, REASON, 0));
        return e.withIndicators(rows);
    }

    private static String cellOfFirstRow(SelfEvaluation e) {
        return "调整后：" + e.indicators().get(0).target().text() + "（年初：≥30个）";
    }

    @ParameterizedTest
    @ValueSource(strings = {"计算机技术与软件专业资格考试专项资金", "电子政务项目运行维护资金"})
    void the_text_prints_both_targets_and_the_excluded_row_and_reads_back_the_adjusted_evaluation(String project) throws IOException {
        SelfEvaluation e = adjusted(project);
        OfficialTable table = OfficialTables.of(e, new OriginalTargets(Map.of(0, ORIGINAL)));
        String text = table.asText();
        assertThat(text).contains(cellOfFirstRow(e));
        String excluded = text.lines().filter(l -> l.contains(e.indicators().get(1).name())).findFirst().orElseThrow();
        assertThat(excluded).contains("调整剔除");
        readsBackAdjusted(e, new DisclosureReader().read(text, "round-trip"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"计算机技术与软件专业资格考试专项资金", "电子政务项目运行维护资金"})
    void the_workbook_and_the_pdf_print_both_targets_and_read_back_the_adjusted_evaluation(String project) throws IOException {
        SelfEvaluation e = adjusted(project);
        List<OriginalTargets> originals = List.of(new OriginalTargets(Map.of(0, ORIGINAL)));

        Path xlsx = dir.resolve("one.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new WorkbookExporter().write(List.of(e), java.util.Collections.singletonList(null), originals, out);
        }
        List<String> cells = workbookCells(xlsx);
        assertThat(cells).contains(cellOfFirstRow(e));
        assertThat(cells).anyMatch(c -> c.startsWith("调整剔除"));
        readsBackAdjusted(e, new WorkbookReader().read(xlsx));

        Path pdf = dir.resolve("one.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfExporter().write(List.of(e), java.util.Collections.singletonList(null), originals, out);
        }
        String printed = pdfText(pdf);
        assertThat(printed).contains("调整后：").contains("年初：≥30个").contains("调整剔除");
        readsBackAdjusted(e, new PdfTableReader().read(pdf));
    }

    private static void readsBackAdjusted(SelfEvaluation e, ReadResult back) {
        assertThat(back.tables()).hasSize(1);
        SelfEvaluation read = back.tables().get(0).evaluation();
        assertThat(read.indicators().get(0).target()).isEqualTo(e.indicators().get(0).target());
        assertThat(read.indicators().get(1).actual().status()).isEqualTo(ActualStatus.EXCLUDED);
        assertThat(SameEvaluation.differences(e, read)).isEmpty();
    }

    private static List<String> workbookCells(Path xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell c : row) {
                    cells.add(c.toString());
                }
            }
        }
        return cells;
    }

    /** The PDF's words as its text layer gives them, line breaks of wrapped cells taken out. */
    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
