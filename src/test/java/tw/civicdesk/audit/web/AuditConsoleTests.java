// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/** Who sees which rows of the audit page, its filters, paging and chain check. */
@IntegrationTest
class AuditConsoleTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired AuditLog auditLog;

  TestOrganisation.Setup own;
  TestOrganisation.Setup other;

  @BeforeEach
  void twoAgenciesWithAuditedReads() {
    own = TestOrganisation.from(context).agency("AUD", null);
    other = TestOrganisation.from(context).agency("AUD", null);
    auditLog.record(
        new AuditEvent(
            own.username(Role.CASE_OFFICER),
            own.code().value(),
            AuditEvent.PERSONAL_DATA_READ,
            "CASE",
            own.code().value() + "-CASE-1",
            "fields=phone"));
    auditLog.record(
        new AuditEvent(
            other.username(Role.CASE_OFFICER),
            other.code().value(),
            AuditEvent.PERSONAL_DATA_CHANGED,
            "CASE",
            other.code().value() + "-CASE-9",
            null));
  }

  @Test
  void theAuditPageUsesTheRoleNamesOfOrganisation() {
    assertThat(AuditScope.SYSTEM_ADMIN).isEqualTo(Role.SYSTEM_ADMIN.authority());
    assertThat(AuditScope.OWN_AGENCY)
        .containsExactlyInAnyOrder(Role.AGENCY_ADMIN.authority(), Role.QUALITY_OFFICER.authority());
  }

  @Test
  void staffWithoutAnAdministrativeOrQualityRoleAreForbidden() throws Exception {
    for (Role role : new Role[] {Role.CASE_OFFICER, Role.COUNTER_CLERK, Role.UNIT_HEAD}) {
      mvc.perform(get("/console/audit").with(user(own.as(role)))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/console").with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(content().string(not(containsString("href=\"/console/audit\""))));
  }

  @Test
  void anAgencyAdministratorAndAQualityOfficerSeeOnlyTheirOwnAgencysRows() throws Exception {
    for (Role role : new Role[] {Role.AGENCY_ADMIN, Role.QUALITY_OFFICER}) {
      mvc.perform(get("/console/audit").param("lang", "en").with(user(own.as(role))))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(own.code().value() + "-CASE-1")))
          .andExpect(content().string(containsString("Read personal data")))
          .andExpect(content().string(containsString("href=\"/console/audit\"")))
          .andExpect(content().string(not(containsString(other.code().value()))));
    }
  }

  @Test
  void aSystemAdministratorSeesEveryAgencyAndFiltersBySubjectAndActor() throws Exception {
    mvc.perform(
            get("/console/audit")
                .with(user(own.as(Role.SYSTEM_ADMIN)))
                .param("subject", other.code().value() + "-CASE-9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(other.username(Role.CASE_OFFICER))))
        .andExpect(content().string(not(containsString(own.code().value() + "-CASE-1"))));
    mvc.perform(
            get("/console/audit")
                .with(user(own.as(Role.SYSTEM_ADMIN)))
                .param("actor", own.username(Role.CASE_OFFICER)))
        .andExpect(content().string(containsString(own.code().value() + "-CASE-1")))
        .andExpect(content().string(not(containsString(other.code().value()))));
  }

  @Test
  void olderEntriesArePagedByKeyset() throws Exception {
    String actor = own.username(Role.UNIT_HEAD);
    for (int i = 1; i <= 52; i++) {
      auditLog.record(
          new AuditEvent(
              actor, own.code().value(), AuditEvent.PERSONAL_DATA_READ, "CASE", "PAGE-" + i, null));
    }
    String first =
        mvc.perform(
                get("/console/audit").param("actor", actor).with(user(own.as(Role.AGENCY_ADMIN))))
            .andExpect(content().string(containsString("PAGE-52")))
            .andExpect(content().string(not(containsString("PAGE-2<"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String before = first.replaceAll("(?s).*before=(\\d+).*", "$1");
    mvc.perform(
            get("/console/audit")
                .param("actor", actor)
                .param("before", before)
                .with(user(own.as(Role.AGENCY_ADMIN))))
        .andExpect(content().string(containsString("PAGE-2<")))
        .andExpect(content().string(containsString("PAGE-1<")))
        .andExpect(content().string(not(containsString("PAGE-3<"))));
  }

  @Test
  void theChainCheckIsShownInTheUsersLanguage() throws Exception {
    mvc.perform(
            get("/console/audit")
                .param("verify", "true")
                .param("lang", "en")
                .with(user(own.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(containsString("The audit chain is intact")))
        .andExpect(content().string(containsString("id=\"anchor-CONFIRMED\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "The anchor kept outside the database confirms every entry up to entry")));
    mvc.perform(
            get("/console/audit")
                .param("verify", "true")
                .param("lang", "zh-TW")
                .with(user(own.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(containsString("稽核紀錄鏈完整")));
  }

  @Test
  void anOverlongFilterIsRefused() throws Exception {
    mvc.perform(
            get("/console/audit")
                .param("subject", "x".repeat(10_000))
                .with(user(own.as(Role.SYSTEM_ADMIN))))
        .andExpect(status().isUnprocessableContent());
  }
}
