// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Drafts.StaffDraft;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffAccounts;
import tw.civicdesk.organisation.StaffMember;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Disabling an account, removing one of its roles or resetting its password ends every session of
 * that account at its next request — two sessions signed in side by side, one on a console page and
 * one on the staff API — while a change of name alone does not.
 */
@IntegrationTest
class SessionEndTests {

  /** A staff API path: an unknown number is 404 to a signed-in caller, 401 to anyone else. */
  private static final String API = "/api/v1/staff/tracking/NOPE-20260101-00001";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired StaffAccounts accounts;
  @Autowired Organisation organisation;

  TestOrganisation.Setup agency;
  StaffPrincipal admin;
  StaffPrincipal head;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("SESS", null);
    admin = agency.as(Role.AGENCY_ADMIN);
    head = agency.as(Role.UNIT_HEAD);
  }

  private MockHttpSession signIn(String username, String password) throws Exception {
    return (MockHttpSession)
        mvc.perform(
                post("/sign-in")
                    .with(csrf())
                    .param("username", username)
                    .param("password", password))
            .andExpect(redirectedUrl("/console"))
            .andReturn()
            .getRequest()
            .getSession(false);
  }

  /** Two live sessions of the unit head: one on a console page, one on the staff API. */
  private MockHttpSession[] twoSessions() throws Exception {
    MockHttpSession page = signIn(head.getUsername(), TestOrganisation.PASSWORD);
    MockHttpSession api = signIn(head.getUsername(), TestOrganisation.PASSWORD);
    mvc.perform(get("/console/cases").session(page)).andExpect(status().isOk());
    mvc.perform(get(API).session(api)).andExpect(status().isNotFound());
    return new MockHttpSession[] {page, api};
  }

  private void assertEnded(MockHttpSession[] sessions) throws Exception {
    mvc.perform(get("/console/cases").session(sessions[0])).andExpect(redirectedUrl("/sign-in"));
    mvc.perform(get(API).session(sessions[1])).andExpect(status().isUnauthorized());
    assertThat(sessions[0].isInvalid()).isTrue();
    assertThat(sessions[1].isInvalid()).isTrue();
  }

  private StaffMember current() {
    return organisation.staffMemberFor(admin, head.id());
  }

  private StaffDraft draft(StaffMember m, String name, Set<Role> roles, boolean enabled) {
    return new StaffDraft(m.username(), name, m.email(), m.unitId(), roles, enabled);
  }

  @Test
  void disablingAnAccountEndsItsSessions() throws Exception {
    MockHttpSession[] sessions = twoSessions();
    StaffMember m = current();
    accounts.update(admin, m.id(), draft(m, m.displayName(), m.roles(), false), m.version(), null);
    assertEnded(sessions);
  }

  @Test
  void removingARoleEndsTheSessionsThatHadIt() throws Exception {
    StaffMember m = current();
    accounts.update(
        admin,
        m.id(),
        draft(m, m.displayName(), Set.of(Role.UNIT_HEAD, Role.CASE_OFFICER), true),
        m.version(),
        null);
    MockHttpSession[] sessions = twoSessions();
    m = current();
    accounts.update(
        admin,
        m.id(),
        draft(m, m.displayName(), Set.of(Role.CASE_OFFICER), true),
        m.version(),
        null);
    assertEnded(sessions);
  }

  @Test
  void resettingThePasswordEndsTheSessionsAndTheOldPasswordOverBasic() throws Exception {
    MockHttpSession[] sessions = twoSessions();
    mvc.perform(get(API).with(httpBasic(head.getUsername(), TestOrganisation.PASSWORD)))
        .andExpect(status().isNotFound());
    accounts.resetPassword(admin, head.id(), "a-brand-new-password");
    assertEnded(sessions);
    mvc.perform(get(API).with(httpBasic(head.getUsername(), TestOrganisation.PASSWORD)))
        .andExpect(status().isUnauthorized());
    mvc.perform(get(API).with(httpBasic(head.getUsername(), "a-brand-new-password")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aChangeMadeInTheConsoleEndsTheSessionsToo() throws Exception {
    MockHttpSession[] sessions = twoSessions();
    MockHttpSession adminSession = signIn(admin.getUsername(), TestOrganisation.PASSWORD);
    StaffMember m = current();
    mvc.perform(
            post("/console/staff/" + m.id() + "/edit")
                .session(adminSession)
                .with(csrf())
                .param("username", m.username())
                .param("displayName", m.displayName())
                .param("email", "")
                .param("roles", "CASE_OFFICER")
                .param("enabled", "true")
                .param("password", "")
                .param("version", Integer.toString(m.version())))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    assertEnded(sessions);
    mvc.perform(get("/console").session(adminSession)).andExpect(status().isOk());
  }

  @Test
  void aChangeOfNameAloneKeepsTheSessions() throws Exception {
    MockHttpSession[] sessions = twoSessions();
    StaffMember m = current();
    accounts.update(admin, m.id(), draft(m, "李志明（改名）", m.roles(), true), m.version(), null);
    mvc.perform(get("/console/cases").session(sessions[0])).andExpect(status().isOk());
    mvc.perform(get(API).session(sessions[1])).andExpect(status().isNotFound());
  }
}
