// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.intake.Application;
import tw.civicdesk.intake.Intake;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Staff work a case on its console page: the applicant is shown only on request and every view is
 * audited; actions change the case; a stale form is refused with the typed text kept.
 */
@IntegrationTest
class CasePageTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired Intake intake;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  CaseNumber number;
  String page;

  @BeforeEach
  void fileAnApplication() {
    agency = TestOrganisation.from(context).agency("CPAGE", null);
    ServiceCode code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    var entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            code,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(agency.as(Role.QUALITY_OFFICER), code, entry.revision());
    number =
        intake
            .apply(
                "web:" + UUID.randomUUID(),
                new Application(
                    code.value(),
                    Channel.ONLINE,
                    new Application.ApplicantForm(
                        "林小明", "A123456789", "lin@example.tw", null, null, "zh-TW", "EMAIL"),
                    Map.of("nationalId", "A123456789", "purpose", "fees"),
                    true,
                    null,
                    null),
                Submitter.citizen(),
                Locale.TAIWAN)
            .caseNumber();
    page = "/console/cases/" + number.value();
  }

  long audits() {
    return jdbc.sql("select count(*) from audit_log where subject_id = ? and action = ?")
        .params(number.value(), "PERSONAL_DATA_READ")
        .query(Long.class)
        .single();
  }

  @Test
  void theApplicantIsShownOnlyOnRequestAndEveryViewIsAudited() throws Exception {
    mvc.perform(get(page).with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(number.value())))
        .andExpect(content().string(containsString("顯示申請人資料")))
        .andExpect(content().string(not(containsString("林小明"))))
        .andExpect(content().string(not(containsString("A123456789"))))
        .andExpect(content().string(containsString("A12345****")))
        .andExpect(content().string(containsString("規費減免")));
    assertThat(audits()).isZero();
    mvc.perform(post(page + "/applicant").with(csrf()).with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("林小明")))
        .andExpect(content().string(containsString("lin@example.tw")))
        .andExpect(content().string(containsString("<dd>A123456789</dd><dt>用途</dt>")));
    assertThat(audits()).isEqualTo(1);
    assertThat(
            jdbc.sql("select actor from audit_log where subject_id = ?")
                .param(number.value())
                .query(String.class)
                .single())
        .isEqualTo(agency.username(Role.CASE_OFFICER));
  }

  @Test
  void aUnitHeadAssignsAndTheOfficerStartsFromThePage() throws Exception {
    mvc.perform(
            post(page + "/actions/assign")
                .with(csrf())
                .with(user(agency.as(Role.UNIT_HEAD)))
                .param("version", "0")
                .param("officer", agency.username(Role.CASE_OFFICER)))
        .andExpect(redirectedUrl(page));
    mvc.perform(
            post(page + "/actions/start")
                .with(csrf())
                .with(user(agency.as(Role.CASE_OFFICER)))
                .param("version", "1"))
        .andExpect(redirectedUrl(page));
    CaseViews.Summary c = work.summary(number).orElseThrow();
    assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(c.officer()).isEqualTo(agency.username(Role.CASE_OFFICER));
    mvc.perform(get(page).with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(content().string(containsString("通知補正")))
        .andExpect(content().string(containsString("決行")));
  }

  @Test
  void aStaleFormIsRefusedWithTheCaseAsItNowIsAndWhatWasTypedKept() throws Exception {
    mvc.perform(
            post(page + "/actions/assign")
                .with(csrf())
                .with(user(agency.as(Role.UNIT_HEAD)))
                .param("version", "0")
                .param("officer", agency.username(Role.CASE_OFFICER)))
        .andExpect(redirectedUrl(page));
    mvc.perform(
            post(page + "/actions/extend")
                .with(csrf())
                .with(user(agency.as(Role.UNIT_HEAD)))
                .param("version", "0")
                .param("amount", "2")
                .param("reason", "需會同現場勘查，理由詳述"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("這個案件剛被其他人處理過")))
        .andExpect(content().string(containsString("需會同現場勘查，理由詳述")))
        .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    assertThat(work.history(number))
        .as("no extension, nor any other step")
        .extracting(HistoryEntry::action)
        .containsExactly(null, CaseAction.ASSIGN);
  }

  @Test
  void aRuleViolationIsShownNextToItsFieldAndChangesNothing() throws Exception {
    mvc.perform(
            post(page + "/actions/assign")
                .with(csrf())
                .with(user(agency.as(Role.UNIT_HEAD)))
                .param("version", "0")
                .param("officer", agency.username(Role.CASE_OFFICER)))
        .andExpect(redirectedUrl(page));
    mvc.perform(
            post(page + "/actions/extend")
                .with(csrf())
                .with(user(agency.as(Role.UNIT_HEAD)))
                .param("version", "1")
                .param("amount", "two")
                .param("reason", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"EXTEND-amount-error\"")));
    assertThat(work.history(number)).as("nothing changed: filed and assigned only").hasSize(2);
  }
}
