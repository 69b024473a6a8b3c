package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.declaration.AdjustmentService;
import org.jixiao.server.declaration.DeclarationService;
import org.jixiao.server.workflow.Transition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The declaration pages: list, form with its findings beside the rows, steps, versions, exports, the evaluation's link. */
class DeclarationPagesIntegrationTest extends IntegrationTestBase {
    @Autowired
    DeclarationService declarations;
    @Autowired
    AdjustmentService adjustments;

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder b, String project) {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        return b.param("organisationId", String.valueOf(unit)).param("version", "0").param("year", "2026")
                .param("project", project).param("attribute", "新增").param("currencyUnit", "万元")
                .param("funding.total", "50").param("funding.fiscal", "50").param("funding.other", "")
                .param("goalsAnnual", "建成全省统一的培训平台")
                .param("indicators[0].level1", "产出指标").param("indicators[0].level2", "数量指标")
                .param("indicators[0].name", "培训人次").param("indicators[0].operator", ">=")
                .param("indicators[0].target", "200").param("indicators[0].unit", "人次")
                .param("indicators[1].level1", "产出指标").param("indicators[1].level2", "时效指标")
                .param("indicators[1].name", "完成时间").param("indicators[1].operator", "<=")
                .param("indicators[1].target", "12").param("indicators[1].unit", "月")
                .param("indicators[2].level1", "满意度指标").param("indicators[2].level2", "服务对象满意度指标")
                .param("indicators[2].name", "参训满意度").param("indicators[2].operator", ">=")
                .param("indicators[2].target", "").param("indicators[2].unit", "%");
    }

    @Test
    void a_filler_files_a_declaration_on_the_form_and_sees_each_finding_beside_its_row() throws Exception {
        mvc.perform(get("/declarations/new").with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"declaration-indicators\"")));
        // the findings as typed, without saving: the missing target beside its row, the missing 效益 on the table
        mvc.perform(form(post("/declarations/check"), "培训平台建设").with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"findings-row-2\"")))
                .andExpect(content().string(containsString("DECLARATION_TARGET_INCOMPLETE")))
                .andExpect(content().string(containsString("申报表没有效益指标")));
        String location = mvc.perform(form(post("/declarations"), "培训平台建设").with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/declarations/{id}", id).with(as("yn-filler")))
                .andExpect(content().string(containsString("申报表没有效益指标")))
                .andExpect(content().string(containsString("id=\"submit\"")));
        // 送审 is refused with the errors named
        mvc.perform(post("/declarations/{id}/step", id).param("action", "SUBMIT").param("version", "0")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-blocked\"")));
        // a second one of the same project and year is refused beside the project name
        mvc.perform(form(post("/declarations"), "培训平台建设").with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-project\"")))
                .andExpect(content().string(containsString("id=\"duplicate-link\"")));
        // rows are added without saving
        mvc.perform(form(post("/declarations/{id}", id), "培训平台建设").param("rowAction", "add:0")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"indicators[3].name\"")));
        assertThat(declarations.get(id, person("yn-filler")).declaration().indicators()).hasSize(3);
        // the list, its tabs and its search find it; another unit's filler does not
        mvc.perform(get("/declarations").param("q", "培训平台").param("tab", "DRAFT").with(as("yn-filler")))
                .andExpect(content().string(containsString("培训平台建设")));
        mvc.perform(get("/declarations").param("q", "培训平台").with(as("mh-filler")))
                .andExpect(content().string(not(containsString("培训平台建设"))));
        mvc.perform(get("/declarations/{id}", id).with(as("mh-filler"))).andExpect(status().isNotFound());
    }

    @Test
    void an_approved_declaration_prints_as_the_official_form_and_shows_each_version_with_what_changed() throws Exception {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        var typed = org.jixiao.core.declaration.Declaration.ofPrintedTable(
                evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin")).form());
        var d = new org.jixiao.core.declaration.Declaration(new org.jixiao.core.declaration.DeclarationHeader(
                "页面测试项目", null, "云南省工业和信息化厅", "云南省信息技术发展中心", 2027, null, null, null, null, "", ""),
                typed.annualFunding(), null, new org.jixiao.core.declaration.DeclaredGoals("年度目标", ""), typed.indicators());
        long id = declarations.create(d, unit, person("yn-filler"), AuditSource.SCREEN);
        declarations.act(id, Transition.SUBMIT, null, null, null, person("yn-filler"));
        declarations.act(id, Transition.DEPT_APPROVE, null, null, null, person("yn-reviewer"));
        declarations.act(id, Transition.FINANCE_APPROVE, null, null, "良", person("yn-finance"));
        long a = adjustments.file(id, new org.jixiao.core.declaration.Adjustment("", "指标调整", null,
                java.util.List.of(org.jixiao.core.declaration.IndicatorChange.delete(0))), person("yn-filler"), AuditSource.SCREEN);
        mvc.perform(get("/adjustments/{a}", a).with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"adjustment-action-SUBMIT\"")));
        mvc.perform(post("/adjustments/{a}/step", a).param("action", "SUBMIT").with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        adjustments.act(a, Transition.DEPT_APPROVE, null, null, person("yn-reviewer"));
        mvc.perform(post("/adjustments/{a}/step", a).param("action", "FINANCE_APPROVE").with(as("yn-finance")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/declarations/{id}", id).param("tab", "versions").with(as("yn-filler")))
                .andExpect(content().string(containsString("id=\"version-2\"")))
                .andExpect(content().string(containsString("删除指标")))
                .andExpect(content().string(containsString("调整剔除（第 2 版起）")))
                .andExpect(content().string(containsString("id=\"generate-evaluation\"")));
        mvc.perform(get("/declarations/{id}/export", id).param("format", "xlsx").with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")));
        byte[] pdf = mvc.perform(get("/declarations/{id}/export", id).param("format", "pdf").with(as("yn-finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] template = mvc.perform(get("/declarations/template").with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn().getResponse().getContentAsByteArray();
        // the template offers the form's own choices as drop-downs
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(wb.getSheetAt(0).getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("产出指标", "效益指标", "满意度指标"));
        }
        mvc.perform(get("/declarations/{id}/export", id).param("format", "xlsx").with(as("mh-filler")))
                .andExpect(status().isNotFound());
        // 生成自评表 opens the evaluation, which links back to its declaration
        String location = mvc.perform(post("/declarations/{id}/evaluation", id).with(as("yn-filler")).with(csrf()))
                .andExpect(redirectedUrlPattern("/evaluations/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("yn-filler")))
                .andExpect(content().string(containsString("id=\"evaluation-declaration\"")))
                .andExpect(content().string(containsString("id=\"excluded-0\"")))
                .andExpect(content().string(not(containsString("id=\"add-row\""))));
    }
}
