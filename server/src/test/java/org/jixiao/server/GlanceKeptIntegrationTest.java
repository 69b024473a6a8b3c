package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.GlanceRevision;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 复核 and 概览 are answered from what the node rendered while their figures have not changed (GlanceCache), and a
 * save shows in them at once, through the page and the API alike.
 */
class GlanceKeptIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;
    @Autowired
    GlanceRevision revision;
    @Autowired
    PlatformTransactionManager transactions;

    private String body(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_renamed_project_shows_in_the_recheck_list_at_once_and_a_name_written_past_the_application_does_not() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String before = body("yn-finance", get("/api/recheck").param("drafts", "true").param("size", "200"));
        assertThat(before).contains("\"id\":" + id + ",");

        // a change no writer of jixiao made moves no revision: the kept answer stands, which is what is kept at all
        jdbc.sql("UPDATE evaluation SET project = '未经应用写入的名称' WHERE id = :id").param("id", id).update();
        assertThat(body("yn-finance", get("/api/recheck").param("drafts", "true").param("size", "200"))).isEqualTo(before);

        rename(id, "考试专项（改名）");

        assertThat(body("yn-finance", get("/api/recheck").param("drafts", "true").param("size", "200")))
                .contains("考试专项（改名）").doesNotContain("未经应用写入的名称");
        assertThat(body("yn-finance", get("/recheck").param("drafts", "true").param("size", "200")))
                .contains("考试专项（改名）");
    }

    private void rename(long id, String project) {
        StoredEvaluation stored = evaluations.get(id, person("yn-filler"));
        Header h = stored.form().header();
        SelfEvaluation renamed = stored.form().withHeader(new Header(project, h.department(), h.unit(), h.year(),
                h.currencyUnit(), h.preparedBy(), h.disclosureNo(), h.kind()));
        evaluations.save(id, stored.version(), renamed, stored.schemeId(), person("yn-filler"), AuditSource.SCREEN);
    }

    @Test
    void a_table_saved_under_a_new_name_is_found_by_it_in_the_evaluation_list_at_once() throws Exception {
        String project = "列表即时可见" + System.nanoTime();
        String asked = body("yn-filler", get("/api/evaluations").param("q", project));
        assertThat(asked).contains("\"total\":0");
        assertThat(body("yn-filler", get("/api/evaluations").param("q", project))).isEqualTo(asked);

        rename(copyOf(YUNNAN_PASS_RATE, "yn-filler"), project);

        assertThat(body("yn-filler", get("/api/evaluations").param("q", project))).contains("\"total\":1").contains(project);
    }

    @Test
    void a_submitted_table_joins_the_recheck_page_and_the_overview_counts_as_soon_as_it_is_submitted() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String org = String.valueOf(evaluations.get(id, person("admin")).organisationId());
        String overviewBefore = body("yn-finance", get("/overview").param("org", org));
        assertThat(body("yn-finance", get("/recheck").param("org", org).param("size", "200")))
                .doesNotContain("data-id=\"" + id + "\"");

        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));

        assertThat(body("yn-finance", get("/recheck").param("org", org).param("size", "200")))
                .contains("data-id=\"" + id + "\"");
        assertThat(body("yn-finance", get("/overview").param("org", org))).isNotEqualTo(overviewBefore);
    }

    @Test
    void the_revision_moves_once_per_committed_change_and_not_for_one_rolled_back() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long start = revision.current();

        tx.executeWithoutResult(s -> {
            revision.changed();
            revision.changed();
            assertThat(revision.current()).as("not before the change commits").isEqualTo(start);
        });
        assertThat(revision.current()).isEqualTo(start + 1);

        tx.executeWithoutResult(s -> {
            revision.changed();
            s.setRollbackOnly();
        });
        assertThat(revision.current()).isEqualTo(start + 1);

        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.executeWithoutResult(s -> {
            revision.changed();
            inner.executeWithoutResult(i -> revision.changed());
            assertThat(revision.current()).as("an inner transaction's own commit").isEqualTo(start + 2);
            s.setRollbackOnly();
        });
        assertThat(revision.current()).isEqualTo(start + 2);
    }
}
