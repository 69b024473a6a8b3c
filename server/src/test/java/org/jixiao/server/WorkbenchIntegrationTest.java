package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 工作台: what waits for each role, what they did, their scope's progress with 催报, and the 站内消息 of the review. */
class WorkbenchIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long unread(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM message m JOIN app_user u ON u.id = m.recipient_id WHERE u.username = :u"
                + " AND m.read_at IS NULL").param("u", username).query(Long.class).single();
    }

    private long lastMessageOf(String username) {
        return jdbc.sql("SELECT MAX(m.id) FROM message m JOIN app_user u ON u.id = m.recipient_id WHERE u.username = :u")
                .param("u", username).query(Long.class).single();
    }

    @Test
    void signing_in_lands_on_the_workbench_and_the_list_stays_where_it_was() throws Exception {
        mvc.perform(post("/login").param("username", "yn-filler").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/workbench"));
        mvc.perform(get("/").with(as("yn-filler"))).andExpect(redirectedUrl("/workbench"));
        assertThat(page("/evaluations", "yn-filler")).contains("id=\"evaluation-list\"");
    }

    @Test
    void a_returned_table_reaches_its_filler_as_an_unread_message_and_a_to_do_with_the_opinion() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        long before = unread("yn-filler");
        workflow.act(id, Transition.DEPT_RETURN, "请补充考试成绩统计表", null, List.of(), person("yn-reviewer"));
        assertThat(unread("yn-filler")).isEqualTo(before + 1);
        assertThat(unread("yn-reviewer")).isZero();
        String home = page("/workbench", "yn-filler");
        assertThat(home).contains("id=\"todo-returned\"", "请补充考试成绩统计表", "id=\"unread-count\"",
                "被 云南工信厅审核人 退回");
        assertThat(home.substring(home.indexOf("id=\"todo-returned\""))).contains("/evaluations/" + id + "?tab=review");
        long message = lastMessageOf("yn-filler");
        mvc.perform(post("/messages/{m}/open", message).with(as("yn-filler")).with(csrf()))
                .andExpect(redirectedUrl("/evaluations/" + id + "?tab=review"));
        assertThat(unread("yn-filler")).isEqualTo(before);
    }

    @Test
    void approvals_and_the_finance_recheck_send_messages_to_the_unit_and_someone_elses_message_stays_closed()
            throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.FINANCE_APPROVE, null, null, List.of(), person("yn-finance"));
        List<String> kinds = jdbc.sql("""
                SELECT m.kind FROM message m JOIN app_user u ON u.id = m.recipient_id
                WHERE u.username = 'yn-filler' AND m.document_id = :id ORDER BY m.id""").param("id", id).query(String.class).list();
        assertThat(kinds).containsExactly("APPROVED", "RECHECKED");
        long message = lastMessageOf("yn-filler");
        mvc.perform(post("/messages/{m}/open", message).with(as("mh-filler")).with(csrf())).andExpect(redirectedUrl("/messages"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM message WHERE id = :id AND read_at IS NULL").param("id", message)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(page("/messages", "yn-filler")).contains("已由 云南财政复核人 复核通过");
    }

    @Test
    void a_department_reviewer_sees_how_many_wait_for_review_oldest_first_with_a_link_to_the_list() throws Exception {
        long older = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(older, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        long newer = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(newer, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        long waiting = jdbc.sql("""
                SELECT COUNT(*) FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
                WHERE e.status = 'SUBMITTED' AND o.path LIKE (SELECT p.path || '%' FROM organisation p JOIN app_user u
                    ON u.organisation_id = p.id WHERE u.username = 'yn-reviewer')""").query(Long.class).single();
        String home = page("/workbench", "yn-reviewer");
        assertThat(home).contains("href=\"/evaluations/review\" id=\"todo-count-toReview\">共 " + waiting + " 件<");
        String line = home.substring(home.indexOf("id=\"todo-toReview\""));
        assertThat(line.indexOf("/evaluations/" + older + "\"")).isLessThan(line.indexOf("/evaluations/" + newer + "\""));
        assertThat(home).contains("id=\"progress-table\"");
        assertThat(page("/workbench", "yn-filler")).doesNotContain("id=\"progress-table\"");
    }

    @Test
    void the_progress_lists_units_by_state_and_a_reminder_reaches_the_fillers_of_a_unit_and_is_recorded() throws Exception {
        String home = page("/workbench?year=2023", "yn-finance");
        assertThat(home).contains("id=\"progress-table\"", "云南省信息技术发展中心");
        long unit = jdbc.sql("SELECT organisation_id FROM app_user WHERE username = 'yn-filler'").query(Long.class).single();
        assertThat(home).contains("/evaluations?year=2023&amp;unitId=" + unit + "&amp;tab=DRAFT");
        long before = unread("yn-filler");
        mvc.perform(post("/workbench/remind").param("year", "2023").param("organisationId", String.valueOf(unit))
                        .with(as("yn-finance")).with(csrf()))
                .andExpect(redirectedUrl("/workbench?year=2023#progress"));
        assertThat(unread("yn-filler")).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE organisation_id = :o AND budget_year = 2023")
                .param("o", unit).query(Long.class).single()).isPositive();
        assertThat(page("/workbench?year=2023", "yn-finance")).contains("上次催报");
        assertThat(page("/messages", "yn-filler")).contains("催报：请尽快填报并送审 2023 年度的自评表");
    }

    @Test
    void a_reminder_outside_the_scope_is_not_found_and_a_filler_sends_none() throws Exception {
        long minhang = jdbc.sql("SELECT organisation_id FROM app_user WHERE username = 'mh-filler'").query(Long.class).single();
        mvc.perform(post("/workbench/remind").param("year", "2023").param("organisationId", String.valueOf(minhang))
                .with(as("yn-finance")).with(csrf())).andExpect(status().isNotFound());
        long own = jdbc.sql("SELECT organisation_id FROM app_user WHERE username = 'yn-filler'").query(Long.class).single();
        mvc.perform(post("/workbench/remind").param("year", "2023").param("organisationId", String.valueOf(own))
                .with(as("yn-filler")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void what_a_reviewer_did_lately_is_on_their_workbench() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        String home = page("/workbench", "yn-reviewer");
        assertThat(home.substring(home.indexOf("id=\"done\""))).contains("审核通过", "/evaluations/" + id + "?tab=review");
    }
}
