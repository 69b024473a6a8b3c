package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The exports of a table finance re-checked print the total and grade it stands at, the API's {@code final}. */
class RecheckedExportIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;

    private byte[] export(long id, String format) throws Exception {
        return mvc.perform(get("/api/evaluations/{id}/export", id).param("format", format).with(as("yn-finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String workbookText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    text.append(c.toString()).append('\t');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void a_table_rechecked_with_deductions_exports_its_rechecked_total_and_grade_and_one_not_yet_rechecked_none() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        assertThat(workbookText(export(id, "xlsx"))).doesNotContain("财政复核：");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        mvc.perform(post("/api/evaluations/{id}/review", id).with(as("yn-finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"FINANCE_APPROVE\",\"opinion\":\"复核\",\"rechecks\":[{},{},{\"score\":0,\"note\":\"未达标\"}],"
                                + "\"budgetRecheck\":{\"deduction\":1,\"note\":\"结转未说明\"}}"))
                .andExpect(status().isOk());
        String json = mvc.perform(get("/api/evaluations/{id}", id).with(as("yn-finance")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String total = new java.math.BigDecimal(JsonPath.read(json, "$.final.total").toString()).setScale(2).toPlainString();
        String line = "财政复核：总分 " + total + "，等级 " + JsonPath.read(json, "$.final.grade");

        assertThat(workbookText(export(id, "xlsx"))).contains(line);
        try (PDDocument doc = Loader.loadPDF(export(id, "pdf"))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains(line.replaceAll("\\s+", ""));
        }
    }
}
