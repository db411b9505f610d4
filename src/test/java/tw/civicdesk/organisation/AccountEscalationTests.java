// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;

/**
 * The server, not the form, decides which accounts an administrator may change: nobody changes,
 * disables or resets an account holding a role they may not grant, the system administrator's
 * account is managed by system administrators only, and nobody raises their own roles. Each refusal
 * is 404 and changes nothing — roles, password hash, enabled flag and version stay.
 */
@IntegrationTest
class AccountEscalationTests {

  private static final String NEW_PASSWORD = "taken-over-password";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyWithOneAccountPerRole() {
    agency = TestOrganisation.from(context).agency("ESC", null);
  }

  /** An account's stored state: what a refusal must leave alone. */
  private Map<String, Object> stored(long id) {
    return jdbc.sql(
            "select array_to_string(roles, ',') as roles, password_hash, enabled, version"
                + " from staff where id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  /** The edit form as a forger posts it: demote to {@code roles}, disable, new password. */
  private MockHttpServletRequestBuilder takeOver(
      StaffPrincipal actor, StaffPrincipal target, List<Role> roles, boolean enabled) {
    MockHttpServletRequestBuilder request =
        post("/console/staff/" + target.id() + "/edit")
            .with(csrf())
            .with(user(actor))
            .param("username", target.getUsername())
            .param("displayName", "改名")
            .param("email", "")
            .param("enabled", Boolean.toString(enabled))
            .param("password", NEW_PASSWORD)
            .param("version", stored(target.id()).get("version").toString());
    roles.forEach(r -> request.param("roles", r.name()));
    return request;
  }

  @Test
  void noRoleReachesAnAccountHoldingAHigherRole() throws Exception {
    int pairs = 0;
    for (Role actorRole : Role.values()) {
      StaffPrincipal actor = agency.as(actorRole);
      for (Role targetRole : Role.values()) {
        if (targetRole.ordinal() <= actorRole.ordinal()) {
          continue;
        }
        StaffPrincipal target = agency.as(targetRole);
        Map<String, Object> before = stored(target.id());
        mvc.perform(get("/console/staff/" + target.id() + "/edit").with(user(actor)))
            .andExpect(status().isNotFound());
        mvc.perform(takeOver(actor, target, List.of(actorRole), false))
            .andExpect(status().isNotFound());
        assertThat(stored(target.id()))
            .as("%s against %s", actorRole, targetRole)
            .isEqualTo(before);
        pairs++;
      }
    }
    assertThat(pairs).isEqualTo(21);
  }

  @Test
  void anAgencyAdministratorCannotTakeOverTheSystemAdministratorOfTheirOwnAgency()
      throws Exception {
    StaffPrincipal sysadmin = agency.as(Role.SYSTEM_ADMIN);
    Map<String, Object> before = stored(sysadmin.id());
    mvc.perform(takeOver(agency.as(Role.AGENCY_ADMIN), sysadmin, List.of(Role.AGENCY_ADMIN), true))
        .andExpect(status().isNotFound());
    assertThat(stored(sysadmin.id())).isEqualTo(before);
    mvc.perform(
            post("/sign-in")
                .with(csrf())
                .param("username", sysadmin.getUsername())
                .param("password", NEW_PASSWORD))
        .andExpect(redirectedUrl("/sign-in?error"));
    String page =
        mvc.perform(
                get("/console/agencies/" + agency.code().value())
                    .with(user(agency.as(Role.AGENCY_ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .as("no edit link to an account out of reach")
        .doesNotContain("/console/staff/" + sysadmin.id() + "/edit")
        .contains("/console/staff/" + agency.as(Role.CASE_OFFICER).id() + "/edit");
  }

  @Test
  void nobodyRaisesTheirOwnRoles() throws Exception {
    int tried = 0;
    for (Role role : Role.values()) {
      StaffPrincipal self = agency.as(role);
      Map<String, Object> before = stored(self.id());
      List<Role> raised = Arrays.asList(Role.values());
      mvc.perform(takeOver(self, self, raised, true)).andExpect(status().isNotFound());
      assertThat(stored(self.id())).as("%s raising itself", role).isEqualTo(before);
      tried++;
    }
    assertThat(tried).isEqualTo(Role.values().length);
  }

  @Test
  void aSystemAdministratorStillManagesEveryAccountAndAnAgencyAdministratorTheOthers()
      throws Exception {
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    mvc.perform(takeOver(agency.as(Role.AGENCY_ADMIN), officer, List.of(Role.UNIT_HEAD), true))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    assertThat(stored(officer.id()).get("roles")).isEqualTo("UNIT_HEAD");
    StaffPrincipal admin = agency.as(Role.AGENCY_ADMIN);
    mvc.perform(takeOver(agency.as(Role.SYSTEM_ADMIN), admin, List.of(Role.AGENCY_ADMIN), true))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    assertThat(stored(admin.id()).get("version")).isEqualTo(2);
  }
}
