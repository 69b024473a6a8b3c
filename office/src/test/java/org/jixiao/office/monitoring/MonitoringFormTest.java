package org.jixiao.office.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.MonitoringAssessment;
import org.jixiao.core.monitoring.MonitoringReport;
import org.jixiao.core.monitoring.MonitoringRules;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.table.MonitoringForm;
import org.jixiao.office.table.OfficialTable;
import org.junit.jupiter.api.Test;

/** The monitoring table prints the core's lights and their sums, in the grid the workbook and the PDF share. */
class MonitoringFormTest {

    private static MonitoringReport july() {
        return new MonitoringReport(new DeclarationHeader("专业技术人员继续教育", null, "云南省工业和信息化厅", "云南省信息技术发展中心",
                2023, null, null, null, null, "", ""), 2023, 7, new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("100"),
                Set.of(), "", "", List.of(
                new IndicatorEntry("产出指标", "数量指标", "培训次数", Target.of("≥", "8", "次"), new BigDecimal("2"), new BigDecimal("8"),
                        Likelihood.POSSIBLE, Set.of(DeviationCause.STAFF), "师资到位晚", "下半年加密培训"),
                new IndicatorEntry("产出指标", "质量指标", "考试合格率", Target.of("≥", "90", "%"), new BigDecimal("92"), new BigDecimal("92"),
                        Likelihood.CERTAIN, Set.of(), "", "")));
    }

    @Test
    void each_indicator_row_carries_its_light_and_the_sum_behind_it() {
        MonitoringReport r = july();
        OfficialTable t = MonitoringForm.of(r, MonitoringAssessment.of(r, MonitoringRules.national()));
        String text = t.asText();
        assertThat(text).contains("项目支出绩效目标执行监控表", "（2023年1—7月）", "培训次数", "2 ÷ (8 × 7/12) = 42.9 % → 红",
                "人员保障：师资到位晚", "下半年加密培训", "92 ÷ 90 = 102.2 % → 绿", "项目灯色\t\t红");
    }

    @Test
    void the_monitoring_table_prints_as_a_pdf_with_the_same_text() throws Exception {
        MonitoringReport r = july();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().writeTables(List.of(MonitoringForm.of(r, MonitoringAssessment.of(r, MonitoringRules.national()))), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("项目支出绩效目标执行监控表", "培训次数", "42.9%→红");
        }
    }
}
