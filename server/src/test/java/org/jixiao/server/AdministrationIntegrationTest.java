package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.server.org.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators add organisations and people; nobody else can. */
class AdministrationIntegrationTest extends IntegrationTestBase {
    @Autowired
    UserRepository userRepository;

    @Test
    void an_administrator_adds_a_county_bureau_and_a_filler_who_then_sees_only_it() throws Exception {
        long ynFinance = organisations.findByName("云南省财政厅").orElseThrow().id();
        mvc.perform(post("/organisations").with(as("admin")).with(csrf()).param("parentId", String.valueOf(ynFinance))
                .param("kind", "DEPARTMENT").param("name", "云南省教育厅").param("region", "云南省").param("level", "PROVINCE"))
                .andExpect(status().is3xxRedirection());
        long edu = organisations.findByName("云南省教育厅").orElseThrow().id();
        assertThat(organisations.findByName("云南省教育厅").orElseThrow().path()).startsWith("/" + ynFinance + "/");
        mvc.perform(post("/organisations/users").with(as("admin")).with(csrf()).param("username", "edu-filler")
                .param("password", "long-enough").param("displayName", "教育厅填报人").param("role", "FILLER")
                .param("organisationId", String.valueOf(edu))).andExpect(status().is3xxRedirection());
        assertThat(userRepository.findByUsername("edu-filler")).isPresent();
        assertThat(evaluations.list(org.jixiao.server.evaluation.EvaluationFilter.all(), person("edu-filler")).total()).isZero();
    }

    @Test
    void nobody_but_an_administrator_adds_organisations_or_people() throws Exception {
        mvc.perform(post("/organisations").with(as("yn-finance")).with(csrf()).param("kind", "UNIT").param("name", "x")
                .param("region", "y").param("level", "CITY")).andExpect(status().isForbidden());
        mvc.perform(post("/organisations/users").with(as("yn-reviewer")).with(csrf()).param("username", "sneaky")
                .param("password", "long-enough").param("displayName", "x").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(userRepository.findByUsername("sneaky")).isEmpty();
    }
}
