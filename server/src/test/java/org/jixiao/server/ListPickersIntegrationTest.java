package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The list's unit picker offers the units of the department chosen, within the caller's scope, and no others. */
class ListPickersIntegrationTest extends IntegrationTestBase {
    private static final String MINHANG_DEPARTMENT = "闵行区科学技术委员会";
    private static final String MINHANG_UNIT = "上海市闵行区信息中心";
    private static final String YUNNAN_UNIT = "云南省信息技术发展中心";

    private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long idOf(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }

    private static String unitPicker(String html) {
        int start = html.indexOf("<select name=\"unitId\"");
        return html.substring(start, html.indexOf("</select>", start));
    }

    @Test
    void with_several_departments_units_wait_for_one_to_be_chosen() throws Exception {
        String page = html(get("/evaluations"), "admin");
        assertThat(page).contains(MINHANG_DEPARTMENT, "hx-get=\"/evaluations/units\"");
        assertThat(unitPicker(page)).contains("请先选择主管部门").doesNotContain(MINHANG_UNIT, YUNNAN_UNIT);
    }

    @Test
    void choosing_a_department_offers_its_units_only() throws Exception {
        String picker = html(get("/evaluations/units").param("departmentId", "" + idOf(MINHANG_DEPARTMENT)), "admin");
        assertThat(picker).startsWith("<select name=\"unitId\"").contains(MINHANG_UNIT, "上海市闵行区信息服务中心")
                .doesNotContain(YUNNAN_UNIT, "<html");
    }

    @Test
    void a_department_outside_the_scope_offers_nothing() throws Exception {
        String picker = html(get("/evaluations/units").param("departmentId", "" + idOf(MINHANG_DEPARTMENT)), "yn-finance");
        assertThat(picker).doesNotContain(MINHANG_UNIT, "上海市闵行区信息服务中心", YUNNAN_UNIT);
    }

    @Test
    void a_scope_with_one_department_offers_its_units_at_once_and_the_chosen_ones_are_selected() throws Exception {
        assertThat(unitPicker(html(get("/evaluations"), "yn-reviewer"))).contains(YUNNAN_UNIT);
        long unit = idOf(MINHANG_UNIT);
        String page = html(get("/evaluations").param("departmentId", "" + idOf(MINHANG_DEPARTMENT))
                .param("unitId", "" + unit), "admin");
        assertThat(unitPicker(page)).contains("<option value=\"" + unit + "\" selected=\"selected\">" + MINHANG_UNIT + "<");
        assertThat(page).contains("<option value=\"" + idOf(MINHANG_DEPARTMENT) + "\" selected=\"selected\">");
    }
}
