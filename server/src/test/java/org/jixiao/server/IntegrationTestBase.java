package org.jixiao.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The integration tests' application: the demo loaded into a database of its own (H2, or PostgreSQL in the second
 * run). Tests that change an evaluation make their own copy first, so they do not depend on each other.
 */
@SpringBootTest(properties = {"jixiao.demo=true", "jixiao.login.max-failures=5"})
@AutoConfigureMockMvc
public abstract class IntegrationTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "it");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JixiaoUserDetailsService users;
    @Autowired
    protected EvaluationService evaluations;
    @Autowired
    protected OrganisationRepository organisations;
    @Autowired
    protected JdbcClient jdbc;

    protected CurrentUser person(String username) {
        return users.loadUserByUsername(username);
    }

    protected RequestPostProcessor as(String username) {
        return user(person(username));
    }

    /** The id of a demo evaluation by its project name. */
    protected long demoEvaluation(String project) {
        return jdbc.sql("SELECT id FROM evaluation WHERE project = :p AND source LIKE :s ORDER BY id")
                .param("p", project).param("s", "%#%").query(Long.class).list().get(0);
    }

    /** A fresh draft copied from a demo evaluation, in the same organisation, made by the given filler. */
    protected long copyOf(String project, String filler) {
        CurrentUser admin = person("admin");
        StoredEvaluation source = evaluations.get(demoEvaluation(project), admin);
        SelfEvaluation form = source.form();
        return evaluations.create(form, source.schemeId(), source.organisationId(), person(filler), AuditSource.SCREEN, "test");
    }

    protected static final String YUNNAN_PASS_RATE = "计算机技术与软件专业资格考试专项资金";
    protected static final String MINHANG_CONSULTING = "2022年度信息化项目咨询评估";
}
