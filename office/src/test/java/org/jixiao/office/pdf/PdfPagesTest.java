package org.jixiao.office.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.office.table.Cell;
import org.jixiao.office.table.GridRow;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.Style;
import org.junit.jupiter.api.Test;

/** A table longer than a page: it continues on the next ones with its title block on top, and reads back whole, once. */
class PdfPagesTest {
    private static final String TITLE = "项目支出绩效自评表";
    private static final String LONG = "偏差原因：受疫情影响，部分 training sessions 延期至下半年举办，完成率 87.5%；".repeat(120);

    @Test
    void a_table_longer_than_a_page_reads_back_from_its_tags_cell_for_cell_with_its_title_block_once() throws IOException {
        OfficialTable t = longTable();
        try (PDDocument doc = Loader.loadPDF(pdf(t))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(rows(TaggedTables.text(doc))).containsExactlyElementsOf(rows(t.asText()));
        }
    }

    @Test
    void every_page_that_continues_a_table_repeats_its_title_block_above_the_rows() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(longTable()))) {
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc).strip()).as("page " + page).startsWith(TITLE).contains("编制单位：云南省信息中心");
            }
        }
    }

    @Test
    void a_cell_longer_than_a_page_is_broken_between_its_lines_and_read_back_as_one_text() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(longTable()))) {
            String back = rows(TaggedTables.text(doc)).stream().filter(r -> r.startsWith("说明")).findFirst().orElseThrow();
            assertThat(back).isEqualTo("说明\t" + LONG.strip());
        }
    }

    private static OfficialTable longTable() {
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow().add(new Cell(0, 4, 1, TITLE, null, Style.TITLE)));
        rows.add(new GridRow().caption(0, 2, "编制单位：云南省信息中心").caption(2, 2, "金额单位：万元"));
        rows.add(new GridRow().label(0, "一级指标").label(1, "三级指标").label(2, "分值").label(3, "偏差原因分析及改进措施"));
        for (int k = 1; k <= 70; k++) {
            rows.add(new GridRow().text(0, "产出指标").text(1, "第" + k + "项培训完成次数 (sessions held)")
                    .figure(2, new BigDecimal(k % 7 + ".50")).text(3, k % 5 == 0 ? "原因：" + "进度滞后".repeat(k % 9 + 1) : ""));
        }
        rows.add(new GridRow().tallLabel(0, 2, "年度总体目标").text(1, 3, "预期目标：完成 8 次培训"));
        rows.add(new GridRow().text(1, 3, "实际完成：完成 7 次培训"));
        rows.add(new GridRow().label(0, "说明").text(1, 3, LONG));
        return new OfficialTable(null, TITLE, null, 4, new int[]{10, 20, 8, 30}, 2, rows, CurrencyUnit.WAN_YUAN);
    }

    private static byte[] pdf(OfficialTable t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().writeTables(List.of(t), out);
        return out.toByteArray();
    }

    /** The rows of tab-separated text, without the empty cells at their ends (a spanned column is empty). */
    private static List<String> rows(String text) {
        return text.lines().map(l -> l.replaceAll("\t+$", "")).filter(l -> !l.isEmpty()).toList();
    }
}
