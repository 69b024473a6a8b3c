package org.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.core.text.BundleRules;
import org.jixiao.formats.text.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office's refusals and problems are in its bundle, in Chinese and English. What stays in the Java is the printed
 * form — the labels, titles, page furniture and values of the official tables, the summary sheet and the template —
 * which is the tables' format, not a message: each file below says which.
 */
class MessagesTest {
    private static final String FORM = "the official table as printed: its labels, title rows and values (the reader reads them back)";

    static final Map<String, String> KEPT = new LinkedHashMap<>();

    static {
        KEPT.put("org/jixiao/office/table/NationalForm.java", FORM);
        KEPT.put("org/jixiao/office/table/SuzhouForm.java", FORM);
        KEPT.put("org/jixiao/office/table/DeclarationForm.java", FORM);
        KEPT.put("org/jixiao/office/table/MonitoringForm.java", FORM);
        KEPT.put("org/jixiao/office/table/ActualCells.java", FORM + " (无, 调整剔除 in the actual's cell)");
        KEPT.put("org/jixiao/office/table/OriginalTargets.java", FORM + " (调整后 and 年初 in an adjusted target's cell)");
        KEPT.put("org/jixiao/office/table/OfficialTables.java", FORM + " (the 财政复核 line under the grid)");
        KEPT.put("org/jixiao/office/xlsx/SummarySheet.java", "the summary sheet's name, title and column headings (the reader skips the sheet by them)");
        KEPT.put("org/jixiao/office/xlsx/BlankEvaluation.java", FORM + " (the blank form's row labels)");
        KEPT.put("org/jixiao/office/xlsx/TemplateWorkbook.java", "the template's drop-down values and the labels of the form it finds cells by");
        KEPT.put("org/jixiao/office/xlsx/DeclarationTemplate.java", "the template's classes (一级 / 二级) and the labels of the form it finds cells by");
        KEPT.put("org/jixiao/office/xlsx/MonitoringWorkbookReader.java", "the labels of the monitoring form it finds cells by (项目名称, 预算执行, 一级指标, 项目灯色, 1—N月)");
        KEPT.put("org/jixiao/office/xlsx/CellStyles.java", "a font's name (宋体)");
        KEPT.put("org/jixiao/office/xlsx/TableSheet.java", "page furniture of the printed form (第 &P 页 / 共 &N 页)");
        KEPT.put("org/jixiao/office/xlsx/WorkbookExporter.java", "the sheet name of a table without a project name (表)");
        KEPT.put("org/jixiao/office/pdf/PagePainter.java", "page furniture of the printed form (第 N 页 / 共 M 页)");
    }

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void the_bundle_has_every_key_and_placeholder_in_both_languages() throws IOException {
        BundleRules.bothLanguagesAgree("org/jixiao/office/messages");
    }

    @Test
    void every_key_the_java_names_is_in_the_bundle() throws IOException {
        assertThat(BundleRules.keysMissing(SOURCES, "org/jixiao/office/messages")).isEmpty();
    }

    @Test
    void no_chinese_message_is_written_in_the_java_outside_the_printed_forms() throws IOException {
        assertThat(BundleRules.chineseLiterals(SOURCES, KEPT)).isEmpty();
        assertThat(BundleRules.keptWithoutChinese(SOURCES, KEPT)).as("files kept that no longer hold Chinese").isEmpty();
    }

    @Test
    void a_refusal_carries_its_message_in_both_languages(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("old.xls");
        Files.write(old, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2});

        ReadResult r = new TableFiles().read(old);

        assertThat(r.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.zh()).isEqualTo("无法读取的 Office 文件");
            assertThat(p.en()).isEqualTo("an Office file that cannot be read");
        });
    }
}
