package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.server.org.Role;
import org.jixiao.server.org.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Organisations and people imported from the Excel template: all rows or none, each problem named with its row. */
class PeopleImportIntegrationTest extends IntegrationTestBase {
    @Autowired
    UserRepository userRepository;

    private byte[] template() throws Exception {
        return mvc.perform(get("/organisations/template").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The template filled with the given rows of 组织机构 and 用户. */
    private byte[] filled(List<List<String>> organisations, List<List<String>> people) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            fill(wb.getSheet("组织机构"), organisations);
            fill(wb.getSheet("用户"), people);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }

    private org.springframework.test.web.servlet.ResultActions upload(String user, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/organisations/import").file(new MockMultipartFile("file", "导入.xlsx",
                "application/octet-stream", xlsx)).with(as(user)).with(csrf()));
    }

    @Test
    void the_template_has_a_sheet_for_organisations_and_one_for_people_with_drop_downs() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            assertThat(wb.getSheet("组织机构").getRow(0).getCell(1).getStringCellValue()).isEqualTo("类型");
            assertThat(wb.getSheet("组织机构").getDataValidations()).hasSize(2);
            assertThat(wb.getSheet("用户").getDataValidations()).singleElement()
                    .satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues()).contains("填报人", "财政复核人"));
        }
    }

    @Test
    void a_department_its_unit_and_their_people_come_in_from_one_workbook() throws Exception {
        byte[] xlsx = filled(List.of(
                        List.of("云南省财政厅", "主管部门", "云南省卫生健康委员会", "云南省", "省级"),
                        List.of("云南省卫生健康委员会", "预算单位", "云南省疾病预防控制中心", "云南省", "省级")),
                List.of(List.of("cdc-filler", "疾控填报人", "填报人", "云南省疾病预防控制中心", "long-enough"),
                        List.of("health-reviewer", "卫健委审核人", "主管部门审核人", "云南省卫生健康委员会", "long-enough")));

        upload("admin", xlsx).andExpect(flash().attribute("adminDone", "已导入 2 个组织机构、2 个用户"));

        assertThat(organisations.findByName("云南省疾病预防控制中心").orElseThrow().path())
                .startsWith(organisations.findByName("云南省卫生健康委员会").orElseThrow().path());
        assertThat(userRepository.findByUsername("cdc-filler").orElseThrow().role()).isEqualTo(Role.FILLER);
        assertThat(organisations.findAll(person("health-reviewer").scope())).extracting(o -> o.name())
                .contains("云南省疾病预防控制中心");
    }

    @Test
    void a_workbook_with_bad_rows_imports_nothing_and_names_each_row_and_rule_in_both_languages() throws Exception {
        byte[] xlsx = filled(List.of(
                        List.of("云南省财政厅", "主管部门", "云南省林业和草原局", "云南省", "省级"),
                        List.of("云南省财政厅", "预算单位", "挂错的单位", "云南省", "省级")),
                List.of(List.of("forest-filler", "林草填报人", "填报人", "云南省财政厅", "long-enough"),
                        List.of("yn-filler", "重名的人", "填报人", "云南省林业和草原局", "long-enough"),
                        List.of("short-one", "密码太短", "填报人", "云南省林业和草原局", "1234")));

        upload("admin", xlsx).andExpect(flash().attribute("adminRefused", containsString("4 处问题")));
        List<String> problems = (List<String>) upload("admin", xlsx).andReturn().getFlashMap().get("importProblems");
        assertThat(problems).containsExactly(
                "工作表“组织机构”第 3 行：预算单位只能属于主管部门 / sheet \"组织机构\" row 3: a budget unit belongs to a department",
                "工作表“用户”第 2 行：填报人只能属于预算单位或主管部门，不能属于财政部门 / sheet \"用户\" row 2: a filler belongs to a budget unit or a department, never to a finance bureau",
                "工作表“用户”第 3 行：用户名已存在 / sheet \"用户\" row 3: this username exists already",
                "工作表“用户”第 4 行：密码至少 8 位 / sheet \"用户\" row 4: " + messageEn("validation.password"));
        assertThat(organisations.findByName("云南省林业和草原局")).isEmpty();
        assertThat(userRepository.findByUsername("forest-filler")).isEmpty();
    }

    @Test
    void a_file_that_is_no_workbook_is_refused_by_name_and_nobody_else_may_import() throws Exception {
        upload("admin", "项目名称\t不是工作簿".getBytes(StandardCharsets.UTF_8))
                .andExpect(flash().attribute("adminRefused", containsString("导入.xlsx")));
        upload("yn-finance", filled(List.of(), List.of())).andExpect(status().isForbidden());
        mvc.perform(get("/organisations/template").with(as("yn-filler"))).andExpect(status().isForbidden());
    }

    private String messageEn(String key) {
        return messages.getMessage(key, null, java.util.Locale.ENGLISH);
    }

    @Autowired
    org.springframework.context.MessageSource messages;
}
