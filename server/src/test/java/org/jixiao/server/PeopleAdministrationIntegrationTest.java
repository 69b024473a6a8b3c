package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jixiao.server.org.Role;
import org.jixiao.server.org.User;
import org.jixiao.server.org.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An administrator resets passwords, disables and enables people, changes their role and organisation; refusals name the rule. */
class PeopleAdministrationIntegrationTest extends IntegrationTestBase {
    @Autowired
    UserRepository userRepository;
    @Autowired
    PasswordEncoder encoder;

    private User user(String username) {
        return userRepository.findByUsername(username).orElseThrow();
    }

    private long org(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }

    private void newPerson(String username) throws Exception {
        mvc.perform(post("/organisations/users").with(as("admin")).with(csrf()).param("username", username)
                .param("password", "long-enough").param("displayName", "测试人员").param("role", "FILLER")
                .param("organisationId", String.valueOf(org("云南省信息技术发展中心")))).andExpect(flash().attributeExists("adminDone"));
    }

    @Test
    void an_administrator_resets_a_password_and_the_new_one_is_the_one_that_works() throws Exception {
        newPerson("reset-me");
        mvc.perform(post("/organisations/users/" + user("reset-me").id() + "/password").with(as("admin")).with(csrf())
                .param("password", "a-new-secret")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("adminDone", containsString("reset-me")));
        assertThat(encoder.matches("a-new-secret", user("reset-me").passwordHash())).isTrue();
        assertThat(encoder.matches("long-enough", user("reset-me").passwordHash())).isFalse();
    }

    @Test
    void a_password_shorter_than_eight_is_refused_with_the_rule_and_nothing_changes() throws Exception {
        newPerson("short-pass");
        String before = user("short-pass").passwordHash();
        mvc.perform(post("/organisations/users/" + user("short-pass").id() + "/password").with(as("admin")).with(csrf())
                .param("password", "1234567")).andExpect(flash().attribute("adminRefused", "密码至少 8 位"));
        assertThat(user("short-pass").passwordHash()).isEqualTo(before);
    }

    @Test
    void a_disabled_person_can_no_longer_sign_in_and_enabling_them_restores_it() throws Exception {
        newPerson("leaving");
        long id = user("leaving").id();
        mvc.perform(post("/organisations/users/" + id + "/enabled").with(as("admin")).with(csrf()).param("enabled", "false"))
                .andExpect(flash().attributeExists("adminDone"));
        assertThatThrownBy(() -> users.loadUserByUsername("leaving")).isInstanceOf(UsernameNotFoundException.class);
        mvc.perform(post("/organisations/users/" + id + "/enabled").with(as("admin")).with(csrf()).param("enabled", "true"));
        assertThat(users.loadUserByUsername("leaving").getUsername()).isEqualTo("leaving");
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() throws Exception {
        mvc.perform(post("/organisations/users/" + user("admin").id() + "/enabled").with(as("admin")).with(csrf())
                .param("enabled", "false")).andExpect(flash().attribute("adminRefused", "不能停用自己的账户"));
        assertThat(user("admin").enabled()).isTrue();
    }

    @Test
    void a_filler_cannot_be_placed_at_a_finance_bureau_and_the_refusal_says_why() throws Exception {
        newPerson("moving");
        mvc.perform(post("/organisations/users/" + user("moving").id() + "/role").with(as("admin")).with(csrf())
                .param("role", "FILLER").param("organisationId", String.valueOf(org("云南省财政厅"))))
                .andExpect(flash().attribute("adminRefused", containsString("不能属于财政部门")));
        assertThat(user("moving").organisationId()).isEqualTo(org("云南省信息技术发展中心"));

        mvc.perform(post("/organisations/users/" + user("moving").id() + "/role").with(as("admin")).with(csrf())
                .param("role", "FINANCE_REVIEWER").param("organisationId", String.valueOf(org("云南省财政厅"))))
                .andExpect(flash().attributeExists("adminDone"));
        assertThat(user("moving").role()).isEqualTo(Role.FINANCE_REVIEWER);
        assertThat(user("moving").organisationId()).isEqualTo(org("云南省财政厅"));
    }

    @Test
    void a_refused_new_person_keeps_what_was_typed_and_names_the_rule_not_the_field() throws Exception {
        mvc.perform(post("/organisations/users").with(as("admin")).with(csrf()).param("username", "new-one")
                .param("password", "short").param("displayName", "新同事").param("role", "FILLER")
                .param("organisationId", String.valueOf(org("云南省信息技术发展中心"))))
                .andExpect(flash().attribute("adminRefused", "密码至少 8 位"))
                .andExpect(flash().attributeExists("typed"));
        mvc.perform(post("/organisations/users").with(as("admin")).with(csrf()).param("username", "yn-filler")
                .param("password", "long-enough").param("displayName", "重名").param("role", "FILLER")
                .param("organisationId", String.valueOf(org("云南省信息技术发展中心"))))
                .andExpect(flash().attribute("adminRefused", "用户名已存在"));
        assertThat(userRepository.findByUsername("new-one")).isEmpty();
    }

    @Test
    void a_person_changes_their_own_password_given_the_current_one() throws Exception {
        newPerson("own-pass");
        mvc.perform(post("/account/password").with(as("own-pass")).with(csrf()).param("current", "wrong-one")
                .param("password", "brand-new-1").param("confirm", "brand-new-1"))
                .andExpect(flash().attribute("passwordRefused", "当前密码不正确"));
        mvc.perform(post("/account/password").with(as("own-pass")).with(csrf()).param("current", "long-enough")
                .param("password", "brand-new-1").param("confirm", "brand-new-2"))
                .andExpect(flash().attribute("passwordRefused", "两次输入的新密码不一致"));
        mvc.perform(post("/account/password").with(as("own-pass")).with(csrf()).param("current", "long-enough")
                .param("password", "brand-new-1").param("confirm", "brand-new-1"))
                .andExpect(flash().attribute("passwordChanged", true));
        assertThat(encoder.matches("brand-new-1", user("own-pass").passwordHash())).isTrue();
    }

    @Test
    void nobody_but_an_administrator_changes_other_people() throws Exception {
        long id = user("yn-filler").id();
        mvc.perform(post("/organisations/users/" + id + "/password").with(as("yn-finance")).with(csrf()).param("password", "taken-over"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/users/" + id + "/enabled").with(as("yn-reviewer")).with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/users/" + id + "/role").with(as("yn-filler")).with(csrf()).param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(user("yn-filler").role()).isEqualTo(Role.FILLER);
        assertThat(user("yn-filler").enabled()).isTrue();
    }

    @Test
    void the_people_list_shows_each_persons_organisation_and_role_and_searches() throws Exception {
        String page = mvc.perform(get("/organisations").param("q", "yn-").with(as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("person-yn-filler", "云南省信息技术发展中心", "person-yn-finance").doesNotContain("person-mh-filler");
    }

    private long newOrganisation(String parent, String kind, String name) throws Exception {
        mvc.perform(post("/organisations").with(as("admin")).with(csrf()).param("parentId", String.valueOf(org(parent)))
                .param("kind", kind).param("name", name).param("region", "云南省").param("level", "PROVINCE"));
        return org(name);
    }

    private boolean sees(String username, String organisation) {
        return organisations.findAll(person(username).scope()).stream().anyMatch(o -> o.name().equals(organisation));
    }

    @Test
    void a_unit_moved_to_another_department_moves_into_that_departments_scope() throws Exception {
        newOrganisation("云南省财政厅", "DEPARTMENT", "移出部门");
        newOrganisation("云南省财政厅", "DEPARTMENT", "移入部门");
        long unit = newOrganisation("移出部门", "UNIT", "搬迁单位");
        mvc.perform(post("/organisations/users").with(as("admin")).with(csrf()).param("username", "from-reviewer")
                .param("password", "long-enough").param("displayName", "原部门审核人").param("role", "DEPT_REVIEWER")
                .param("organisationId", String.valueOf(org("移出部门"))));
        mvc.perform(post("/organisations/users").with(as("admin")).with(csrf()).param("username", "to-reviewer")
                .param("password", "long-enough").param("displayName", "新部门审核人").param("role", "DEPT_REVIEWER")
                .param("organisationId", String.valueOf(org("移入部门"))));
        assertThat(sees("from-reviewer", "搬迁单位")).isTrue();

        mvc.perform(post("/organisations/edit").with(as("admin")).with(csrf()).param("id", String.valueOf(unit))
                .param("name", "搬迁单位").param("region", "云南省").param("level", "PROVINCE")
                .param("move", "true").param("parentId", String.valueOf(org("移入部门"))))
                .andExpect(flash().attributeExists("adminDone"));

        assertThat(sees("from-reviewer", "搬迁单位")).isFalse();
        assertThat(sees("to-reviewer", "搬迁单位")).isTrue();
    }

    @Test
    void an_organisation_cannot_be_moved_where_its_kind_does_not_belong_nor_under_itself() throws Exception {
        long dept = newOrganisation("云南省财政厅", "DEPARTMENT", "不可移部门");
        long unit = newOrganisation("不可移部门", "UNIT", "不可移单位");
        String pathBefore = organisations.findByName("不可移单位").orElseThrow().path();
        mvc.perform(post("/organisations/edit").with(as("admin")).with(csrf()).param("id", String.valueOf(unit))
                .param("name", "不可移单位").param("region", "云南省").param("level", "PROVINCE")
                .param("move", "true").param("parentId", String.valueOf(org("云南省财政厅"))))
                .andExpect(flash().attribute("adminRefused", "预算单位只能属于主管部门"));
        mvc.perform(post("/organisations/edit").with(as("admin")).with(csrf()).param("id", String.valueOf(dept))
                .param("name", "不可移部门").param("region", "云南省").param("level", "PROVINCE")
                .param("move", "true").param("parentId", String.valueOf(unit)))
                .andExpect(flash().attribute("adminRefused", containsString("不能把组织机构移到它自己")));
        assertThat(organisations.findByName("不可移单位").orElseThrow().path()).isEqualTo(pathBefore);
    }

    @Test
    void an_administrator_renames_an_organisation_and_nobody_else_can() throws Exception {
        long unit = newOrganisation("云南省工业和信息化厅", "UNIT", "待改名单位");
        mvc.perform(post("/organisations/edit").with(as("yn-filler")).with(csrf()).param("id", String.valueOf(unit))
                .param("name", "改名").param("region", "云南省").param("level", "CITY")).andExpect(status().isForbidden());
        mvc.perform(post("/organisations/edit").with(as("admin")).with(csrf()).param("id", String.valueOf(unit))
                .param("name", "已改名单位").param("region", "云南省").param("level", "CITY"))
                .andExpect(flash().attributeExists("adminDone"));
        assertThat(organisations.findByName("已改名单位")).isPresent();
    }
}
