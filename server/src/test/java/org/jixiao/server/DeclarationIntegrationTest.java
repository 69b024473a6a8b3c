package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The front half of the year through the API (lifecycle §1–3): a filler declares, the department and finance
 * approve, the filler makes the self-evaluation from the approved goals, an adjustment changes them, the
 * evaluation follows, the filler fills the actuals and submits.
 */
class DeclarationIntegrationTest extends IntegrationTestBase {

    static final String INDICATORS_WITHOUT_BENEFIT = """
            {"level1": "产出指标", "level2": "数量指标", "name": "培训人次", "operator": ">=", "target": "500", "unit": "人次",
             "standard": "每少 10 人次扣 1 分"},
            {"level1": "产出指标", "level2": "质量指标", "name": "培训合格率", "operator": ">=", "target": "90", "unit": "%",
             "standard": "按比例扣分"},
            {"level1": "产出指标", "level2": "时效指标", "name": "按期完成率", "operator": "=", "target": "100", "unit": "%",
             "standard": "未按期不得分"},
            {"level1": "产出指标", "level2": "成本指标", "name": "人均培训成本", "operator": "<=", "target": "300", "unit": "元",
             "standard": "超出不得分"},
            {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参训人员满意度", "operator": "GE", "target": "90",
             "unit": "%", "standard": "按比例扣分"}""";
    static final String BENEFIT = """
            ,{"level1": "效益指标", "level2": "社会效益指标", "name": "持证上岗人数", "operator": ">=", "target": "400",
              "unit": "人", "standard": "按比例扣分"}""";

    static String declaration(long organisationId, String project, int year, String indicators) {
        return """
                {"organisationId": %d, "year": %d, "project": "%s", "attribute": "延续",
                 "funding": {"total": 120, "fiscal": 100, "other": 20},
                 "goals": {"annual": "完成全省信息技术人员培训 500 人次，持证上岗 400 人"},
                 "indicators": [%s]}""".formatted(organisationId, year, project, indicators);
    }

    long ynUnit() {
        return organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
    }

    ResultActions postJson(String url, String user, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static int version(ResultActions r) throws Exception {
        return JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.version");
    }

    @Test
    void a_declaration_goes_from_filing_to_an_evaluation_that_follows_its_approved_adjustment() throws Exception {
        // the filler declares without a 效益 indicator: an error finding, and 送审 is refused with it
        ResultActions created = postJson("/api/declarations", "yn-filler",
                declaration(ynUnit(), "信息技术人员培训项目", 2025, INDICATORS_WITHOUT_BENEFIT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.approvedVersion").doesNotExist())
                .andExpect(jsonPath("$.unit").value("云南省信息技术发展中心"))
                .andExpect(jsonPath("$.department").value("云南省工业和信息化厅"))
                .andExpect(jsonPath("$.indicators[4].operator").value(">="))
                .andExpect(jsonPath("$.findings[?(@.code == 'DECLARATION_CLASS_MISSING')].severity").value(hasItem("ERROR")));
        long id = id(created);
        postJson("/api/declarations/" + id + "/submit", "yn-filler", "{\"version\": 0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].code").value("DECLARATION_CLASS_MISSING"));

        // a second declaration of the same project and year in the organisation is refused
        postJson("/api/declarations", "yn-filler", declaration(ynUnit(), "信息技术人员培训项目", 2025, INDICATORS_WITHOUT_BENEFIT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingId").value(id));

        // fixed, it goes through; over a stale version the change is refused
        mvc.perform(put("/api/declarations/" + id).param("version", "0").with(as("yn-filler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration(ynUnit(), "信息技术人员培训项目", 2025, INDICATORS_WITHOUT_BENEFIT + BENEFIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.findings[*].code").value(not(hasItem("DECLARATION_CLASS_MISSING"))));
        mvc.perform(put("/api/declarations/" + id).param("version", "0").with(as("yn-filler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(declaration(ynUnit(), "信息技术人员培训项目", 2025, INDICATORS_WITHOUT_BENEFIT + BENEFIT)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changes[0].field").exists());
        postJson("/api/declarations/" + id + "/submit", "yn-filler", "{\"version\": 1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        // outside the scope it does not exist
        mvc.perform(get("/api/declarations/" + id).with(as("mh-filler"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/declarations").with(as("mh-filler")).param("year", "2025"))
                .andExpect(jsonPath("$.total").value(0));

        // the department and finance approve: finance's approval is final and makes version 1
        postJson("/api/declarations/" + id + "/review", "yn-filler", "{\"action\": \"DEPT_APPROVE\"}")
                .andExpect(status().isForbidden());
        postJson("/api/declarations/" + id + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\", \"version\": 2}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPT_APPROVED"));
        postJson("/api/declarations/" + id + "/review", "yn-finance",
                "{\"action\": \"FINANCE_APPROVE\", \"goalGrade\": \"优\", \"opinion\": \"同意\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINANCE_APPROVED"))
                .andExpect(jsonPath("$.approvedVersion").value(1))
                .andExpect(jsonPath("$.goalGrade").value("优"))
                .andExpect(jsonPath("$.versions[0].number").value(1));
        mvc.perform(get("/api/declarations/" + id + "/steps").with(as("yn-filler")))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("SUBMIT", "DEPT_APPROVE", "FINANCE_APPROVE")))
                .andExpect(jsonPath("$[2].opinion").value("同意"));
        mvc.perform(get("/api/declarations/" + id + "/history").with(as("yn-filler")))
                .andExpect(jsonPath("$[*].field").value(hasItem("indicator[5].name")));

        // the filler makes the self-evaluation: targets copied and locked, the scheme's weights shared by the leaves
        ResultActions evaluation = postJson("/api/declarations/" + id + "/evaluation", "yn-filler", "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declarationId").value(id))
                .andExpect(jsonPath("$.declarationVersion").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.indicators.length()").value(6))
                .andExpect(jsonPath("$.indicators[0].targetValue").value(500))
                .andExpect(jsonPath("$.indicators[0].weight").value(12.5))
                .andExpect(jsonPath("$.indicators[5].weight").value(30))
                .andExpect(jsonPath("$.goalsDeclared").value("完成全省信息技术人员培训 500 人次，持证上岗 400 人"));
        long evaluationId = id(evaluation);
        postJson("/api/declarations/" + id + "/evaluation", "yn-filler", "").andExpect(status().isConflict());

        // an adjustment changes one target and deletes one indicator; approved, it makes version 2
        ResultActions adjustment = postJson("/api/declarations/" + id + "/adjustments", "yn-filler", """
                {"goals": "完成全省信息技术人员培训 400 人次", "explanation": "预算调减", "amount": 100,
                 "changes": [{"change": "MODIFY", "indicatorIndex": 0, "indicator": {"level1": "产出指标", "level2": "数量指标",
                                "name": "培训人次", "operator": ">=", "target": "400", "unit": "人次"}},
                             {"change": "DELETE", "indicatorIndex": 3}]}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"));
        long adjustmentId = id(adjustment);
        postJson("/api/declarations/" + id + "/adjustments", "yn-filler", "{\"changes\": [{\"change\": \"DELETE\", \"indicatorIndex\": 1}]}")
                .andExpect(status().isConflict());
        postJson("/api/adjustments/" + adjustmentId + "/submit", "yn-filler", "{}").andExpect(status().isOk());
        postJson("/api/adjustments/" + adjustmentId + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\"}")
                .andExpect(status().isOk());
        postJson("/api/adjustments/" + adjustmentId + "/review", "yn-finance", "{\"action\": \"FINANCE_APPROVE\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINANCE_APPROVED"))
                .andExpect(jsonPath("$.madeVersion").value(2));
        mvc.perform(get("/api/adjustments/" + adjustmentId).with(as("yn-filler")))
                .andExpect(jsonPath("$.version").value(3)).andExpect(jsonPath("$.changes[1].change").value("DELETE"));
        mvc.perform(get("/api/declarations/" + id).with(as("yn-filler")))
                .andExpect(jsonPath("$.approvedVersion").value(2))
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].indicators[0].target").value("500"))
                .andExpect(jsonPath("$.versions[1].indicators[0].target").value("400"))
                .andExpect(jsonPath("$.versions[1].removed[0].name").value("人均培训成本"))
                .andExpect(jsonPath("$.versions[1].goals").value("完成全省信息技术人员培训 400 人次"));

        // the draft evaluation follows: 年初 and 调整后 targets, the deleted indicator excluded, weights shared again
        ResultActions adjusted = mvc.perform(get("/api/evaluations/" + evaluationId).with(as("yn-filler")))
                .andExpect(jsonPath("$.declarationVersion").value(2))
                .andExpect(jsonPath("$.indicators.length()").value(6))
                .andExpect(jsonPath("$.indicators[0].targetValue").value(400))
                .andExpect(jsonPath("$.indicators[0].originalTarget").value(500))
                .andExpect(jsonPath("$.indicators[1].originalTarget").doesNotExist())
                .andExpect(jsonPath("$.indicators[3].name").value("人均培训成本"))
                .andExpect(jsonPath("$.indicators[3].actualStatus").value("EXCLUDED"))
                .andExpect(jsonPath("$.indicators[0].weight").value(16.67))
                .andExpect(jsonPath("$.indicators[2].weight").value(16.66))
                .andExpect(jsonPath("$.goalsDeclared").value("完成全省信息技术人员培训 400 人次"))
                // the amount asked for (120 → 100) falls on 财政拨款 (100 → 80); 其他资金 stays at 20
                .andExpect(jsonPath("$.funding.rows[?(@.kind == 'TOTAL')].initial").value(hasItem(100)))
                .andExpect(jsonPath("$.funding.rows[?(@.kind == 'CURRENT_FISCAL')].initial").value(hasItem(80)))
                .andExpect(jsonPath("$.funding.rows[?(@.kind == 'OTHER')].initial").value(hasItem(20)));
        int v = version(adjusted);
        mvc.perform(get("/api/evaluations/" + evaluationId + "/history").with(as("yn-filler")))
                .andExpect(jsonPath("$[*].source").value(hasItem("WORKFLOW")));

        // a locked column is refused through the actuals
        mvc.perform(put("/api/evaluations/" + evaluationId + "/actuals").with(as("yn-filler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + v + ", \"actuals\": [{\"index\": 0, \"actual\": \"420\", \"weight\": 20}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actuals[0].weight"));
        mvc.perform(put("/api/evaluations/" + evaluationId + "/actuals").with(as("yn-filler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + v + ", \"actuals\": [{\"index\": 3, \"status\": \"REPORTED\", \"actual\": \"280\"}]}"))
                .andExpect(status().isBadRequest());

        // the filler fills the actuals and submits
        mvc.perform(put("/api/evaluations/" + evaluationId + "/actuals").with(as("yn-filler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + v + ", \"actuals\": [{\"index\": 0, \"actual\": \"420\", \"targetValue\": 400},"
                                + " {\"index\": 1, \"actual\": \"95\"}, {\"index\": 2, \"actual\": \"100\"},"
                                + " {\"index\": 4, \"actual\": \"93\"}, {\"index\": 5, \"actual\": \"410\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].score").value(16.67))
                .andExpect(jsonPath("$.indicators[3].actualStatus").value("EXCLUDED"));
        assertThat(evaluations.get(evaluationId, person("yn-filler")).form().indicators().get(3).actual().status().name())
                .isEqualTo("EXCLUDED");
        int filled = evaluations.get(evaluationId, person("yn-filler")).version();
        mvc.perform(post("/api/evaluations/" + evaluationId + "/submit").with(as("yn-filler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + filled + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.declarationId").value(id));

        // the submitted table — page, workbook and PDF — prints 调整后 and 年初 targets and the deleted row excluded
        String adjustedCell = "调整后：>=400人次（年初：>=500人次）";
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/evaluations/" + evaluationId)
                .with(as("yn-filler"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains(adjustedCell).contains("调整剔除");
        for (String format : java.util.List.of("xlsx", "pdf")) {
            byte[] file = mvc.perform(get("/api/evaluations/" + evaluationId + "/export").param("format", format)
                    .with(as("yn-filler"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            java.nio.file.Path path = java.nio.file.Files.createTempFile("adjusted", "." + format);
            try {
                java.nio.file.Files.write(path, file);
                var back = format.equals("xlsx") ? new org.jixiao.office.xlsx.WorkbookReader().read(path)
                        : new org.jixiao.office.pdf.PdfTableReader().read(path);
                var read = back.tables().get(0).evaluation().indicators();
                assertThat(read.get(0).target().value()).isEqualByComparingTo("400");
                assertThat(read.get(3).actual().status().name()).isEqualTo("EXCLUDED");
                assertThat(printedText(path, format)).contains(adjustedCell.replace("（", "").replace("）", ""))
                        .contains("调整剔除");
            } finally {
                java.nio.file.Files.delete(path);
            }
        }

        // an adjustment approved after submission leaves the table as submitted: a finding of its re-check
        long late = id(postJson("/api/declarations/" + id + "/adjustments", "yn-filler", """
                {"explanation": "年底预算调整", "changes": [{"change": "MODIFY", "indicatorIndex": 1, "indicator": {
                   "level1": "产出指标", "level2": "质量指标", "name": "培训合格率", "operator": ">=", "target": "85", "unit": "%"}}]}""")
                .andExpect(status().isCreated()));
        postJson("/api/adjustments/" + late + "/submit", "yn-filler", "{}").andExpect(status().isOk());
        postJson("/api/adjustments/" + late + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\"}").andExpect(status().isOk());
        postJson("/api/adjustments/" + late + "/review", "yn-finance", "{\"action\": \"FINANCE_APPROVE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.madeVersion").value(3));
        mvc.perform(get("/api/evaluations/" + evaluationId).with(as("yn-finance")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.declarationVersion").value(2))
                .andExpect(jsonPath("$.indicators[1].targetValue").value(90))
                .andExpect(jsonPath("$.findings[?(@.code == 'ADJUSTED_AFTER_SUBMISSION')].indicatorIndex").value(hasItem(1)))
                .andExpect(jsonPath("$.findings[?(@.code == 'ADJUSTED_AFTER_SUBMISSION')].severity").value(hasItem("WARNING")))
                .andExpect(jsonPath("$.findings[?(@.code == 'ADJUSTED_AFTER_SUBMISSION')].message").value(
                        hasItem(org.hamcrest.Matchers.containsString("第 3 版"))));
        assertThat(jdbc.sql("SELECT findings FROM evaluation_finding WHERE evaluation_id = :e AND code = 'ADJUSTED_AFTER_SUBMISSION'")
                .param("e", evaluationId).query(Integer.class).single()).isEqualTo(1);
    }

    /** The words a file prints, spaces and line breaks taken out: the workbook's cells, the PDF's text layer. */
    private static String printedText(java.nio.file.Path path, String format) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        if (format.equals("xlsx")) {
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(path))) {
                wb.getSheetAt(0).forEach(row -> row.forEach(cell -> out.append(cell).append('\n')));
            }
        } else {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(path.toFile())) {
                out.append(new org.apache.pdfbox.text.PDFTextStripper().getText(doc));
            }
        }
        return out.toString().replaceAll("[\\s（）]", "");
    }

    @Test
    void the_demo_self_evaluations_stay_as_imported_and_link_to_their_approved_declarations() throws Exception {
        for (String project : java.util.List.of(YUNNAN_PASS_RATE, MINHANG_CONSULTING)) {
            long evaluation = demoEvaluation(project);
            ResultActions e = mvc.perform(get("/api/evaluations/" + evaluation).with(as("admin")))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.declarationVersion").value(1));
            long declaration = ((Number) JsonPath.read(e.andReturn().getResponse().getContentAsString(), "$.declarationId")).longValue();
            mvc.perform(get("/api/declarations/" + declaration).with(as("admin")))
                    .andExpect(jsonPath("$.status").value("FINANCE_APPROVED"))
                    .andExpect(jsonPath("$.approvedVersion").value(1))
                    .andExpect(jsonPath("$.project").value(project))
                    .andExpect(jsonPath("$.evaluationId").value(evaluation));
        }
        // the 公开14表's rows not reported stay not reported
        long notReported = jdbc.sql("""
                SELECT COUNT(*) FROM indicator i JOIN evaluation e ON e.id = i.evaluation_id
                JOIN evaluation_declaration x ON x.evaluation_id = e.id
                WHERE i.actual_status = 'NOT_REPORTED' AND e.source LIKE '%#%'""").query(Long.class).single();
        assertThat(notReported).isGreaterThanOrEqualTo(6);
        // and next year's declaration of the first Yunnan project is a draft, checked against this year's
        mvc.perform(get("/api/declarations").param("year", "2024").with(as("yn-filler")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.items[0].project").value(YUNNAN_PASS_RATE));
    }
}
