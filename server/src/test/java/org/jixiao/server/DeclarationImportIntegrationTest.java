package org.jixiao.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredGoals;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.declaration.DeclarationService;
import org.jixiao.server.workflow.Transition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** 批量导入申报表: the official form jixiao writes reads back into a declaration; a submitted one is left as it is. */
class DeclarationImportIntegrationTest extends IntegrationTestBase {
    @Autowired
    DeclarationService declarations;

    @Test
    void a_declaration_workbook_imported_again_changes_nothing_and_a_submitted_declaration_stays_locked() throws Exception {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        Declaration typed = Declaration.ofPrintedTable(evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin")).form());
        Declaration d = new Declaration(new DeclarationHeader("导入测试项目", null, "云南省工业和信息化厅", "云南省信息技术发展中心",
                2028, null, null, null, null, "", ""), typed.annualFunding(), null, new DeclaredGoals("年度目标：导入", ""),
                typed.indicators());
        long id = declarations.create(d, unit, person("yn-filler"), AuditSource.SCREEN);
        byte[] workbook = mvc.perform(get("/declarations/{id}/export", id).param("format", "xlsx").with(as("yn-filler")))
                .andReturn().getResponse().getContentAsByteArray();
        MockMultipartFile file = new MockMultipartFile("files", "导入测试项目.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
        MockMultipartFile junk = new MockMultipartFile("files", "notes.txt", "text/plain",
                "这不是一张表".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/declarations/import").file(file).file(junk).param("organisationId", String.valueOf(unit))
                        .param("year", "2028").with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].outcome").value("IMPORTED"))
                .andExpect(jsonPath("$.files[0].tables[0].id").value(id))
                .andExpect(jsonPath("$.files[0].tables[0].outcome").value(org.hamcrest.Matchers.oneOf("UNCHANGED", "UPDATED")))
                .andExpect(jsonPath("$.files[1].outcome").value("FAILED"))
                .andExpect(jsonPath("$.files[1].problems[0].zh").exists());

        declarations.act(id, Transition.SUBMIT, null, null, null, person("yn-filler"));
        mvc.perform(multipart("/declarations/import").file(file).param("organisationId", String.valueOf(unit))
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"import-report\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已送审或已批复，未修改")));

        // into the department, where it does not exist yet, it is filed anew; outside the scope it is not found
        long department = organisations.findByName("云南省工业和信息化厅").orElseThrow().id();
        mvc.perform(multipart("/api/declarations/import").file(file).param("organisationId", String.valueOf(department))
                        .with(as("admin")).with(csrf()))
                .andExpect(jsonPath("$.files[0].tables[0].outcome").value("CREATED"));
        long minhang = organisations.findByName("上海市闵行区信息服务中心").orElseThrow().id();
        mvc.perform(multipart("/api/declarations/import").file(file).param("organisationId", String.valueOf(minhang))
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
