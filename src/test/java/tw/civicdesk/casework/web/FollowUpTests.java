// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The follow-up log (稽催紀錄): a quality officer chases a case due today or late, the officer answers;
 * both are steps of the history that keep the status, tell the people concerned once, and never
 * reach the public tracking page.
 */
@IntegrationTest
class FollowUpTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired StaffNotices notices;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("FOLLOW", null);
  }

  /**
   * A case received at the counter on {@code received} with six working days, assigned by the unit
   * head to the officer (version 1).
   */
  CaseNumber assigned(LocalDate received) {
    CaseFixtures cases = CaseFixtures.of(context, agency, new ServiceCode("FOLLOW-SERVICE"));
    return cases
        .assigned(cases.fileAtCounter(null, received, TimeLimit.workingDays(6)).number())
        .number();
  }

  CaseNumber late() {
    return assigned(LocalDate.parse("2026-02-11"));
  }

  ResultActions api(StaffPrincipal staff, CaseNumber c, String path, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + c.value() + path)
            .with(user(staff))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  List<StaffNoticeKind> told(Role role, CaseNumber c) {
    return notices.inbox(agency.username(role), 100).stream()
        .filter(n -> c.value().equals(n.caseNumber()))
        .map(StaffNotices.Posted::kind)
        .filter(k -> k == StaffNoticeKind.FOLLOW_UP || k == StaffNoticeKind.FOLLOW_UP_ANSWERED)
        .toList();
  }

  @Test
  void aQualityOfficerChasesALateCaseAndTheOfficerAnswersIt() throws Exception {
    CaseNumber c = late();
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"text\":\"請說明逾期原因\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ASSIGNED"))
        .andExpect(jsonPath("$.allowedActions", Matchers.hasItem("FOLLOW_UP")));
    api(
            agency.as(Role.CASE_OFFICER),
            c,
            "/follow-up-answers",
            "{\"version\":2,\"text\":\"待會勘，預計下週決行\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ASSIGNED"));

    List<HistoryEntry> history = work.history(c);
    assertThat(history)
        .extracting(HistoryEntry::action)
        .containsSubsequence(CaseAction.FOLLOW_UP, CaseAction.ANSWER_FOLLOW_UP);
    assertThat(history.get(2).internalNote()).isEqualTo("請說明逾期原因");
    assertThat(history.get(2).publicNote()).isNull();
    assertThat(history.get(2).actor().party()).isEqualTo(Party.QUALITY_OFFICER);
    assertThat(told(Role.CASE_OFFICER, c)).containsExactly(StaffNoticeKind.FOLLOW_UP);
    assertThat(told(Role.UNIT_HEAD, c)).containsExactly(StaffNoticeKind.FOLLOW_UP);
    assertThat(told(Role.QUALITY_OFFICER, c)).containsExactly(StaffNoticeKind.FOLLOW_UP_ANSWERED);
  }

  @Test
  void theApplicantsTrackingPageShowsNeitherTheFollowUpNorItsAnswer() throws Exception {
    CaseNumber c = late();
    String code = work.verificationCode(c);
    String before =
        mvc.perform(get("/api/v1/tracking/" + c.value()).param("code", code))
            .andReturn()
            .getResponse()
            .getContentAsString();
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"text\":\"請說明逾期原因\"}")
        .andExpect(status().isOk());
    api(agency.as(Role.UNIT_HEAD), c, "/follow-up-answers", "{\"text\":\"已催辦承辦人\"}")
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/tracking/" + c.value()).param("code", code))
        .andExpect(status().isOk())
        .andExpect(content().json(before))
        .andExpect(content().string(Matchers.not(Matchers.containsString("逾期原因"))));
  }

  @Test
  void aCaseNotYetDueCannotBeChased() throws Exception {
    CaseNumber c = assigned(LocalDate.now(java.time.ZoneId.of("Asia/Taipei")));
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"text\":\"請說明\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("text"))
        .andExpect(jsonPath("$.errors[0].code").value("casework.follow-up.not-due"));
  }

  @Test
  void aWithdrawnCaseCannotBeChased() throws Exception {
    CaseNumber c = late();
    work.withdraw(agency.as(Role.COUNTER_CLERK), new CaseCommand.Withdraw(c, 1, null));
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"text\":\"請說明\"}")
        .andExpect(status().isConflict());
  }

  @Test
  void anAnswerWithoutAFollowUpIsRefused() throws Exception {
    CaseNumber c = late();
    api(agency.as(Role.CASE_OFFICER), c, "/follow-up-answers", "{\"text\":\"說明\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("casework.follow-up.none-open"));
  }

  @Test
  void onlyAQualityOfficerChasesAndMayRecordAnAnswerGivenOnPaperButACounterClerkMayNot()
      throws Exception {
    CaseNumber c = late();
    api(agency.as(Role.CASE_OFFICER), c, "/follow-ups", "{\"text\":\"x\"}")
        .andExpect(status().isForbidden());
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"text\":\"x\"}")
        .andExpect(status().isOk());
    api(agency.as(Role.COUNTER_CLERK), c, "/follow-up-answers", "{\"text\":\"x\"}")
        .andExpect(status().isForbidden());
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-up-answers", "{\"text\":\"單位書面說明：已於今日補正\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history[-1].action").value("ANSWER_FOLLOW_UP"));
  }

  @Test
  void anotherAgencysQualityOfficerDoesNotFindTheCase() throws Exception {
    CaseNumber c = late();
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("FOLLOW", null);
    api(other.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"text\":\"x\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void aMissingOrTooLongTextIsAProblemDetailNamingTheField() throws Exception {
    CaseNumber c = late();
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"text\":\"  \"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    api(
            agency.as(Role.QUALITY_OFFICER),
            c,
            "/follow-ups",
            "{\"text\":\"" + "稽".repeat(2001) + "\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("casework.follow-up.text-too-long"))
        .andExpect(jsonPath("$.errors[0].detail").value(Matchers.containsString("2,000")));
    api(agency.as(Role.QUALITY_OFFICER), c, "/follow-ups", "{\"version\":99,\"text\":\"x\"}")
        .andExpect(status().isConflict());
  }

  @Test
  void theCasePageOffersEachTheirFormAndKeepsARefusedText() throws Exception {
    CaseNumber c = late();
    String page = "/console/cases/" + c.value();
    mvc.perform(get(page + "?action=follow-up").with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(Matchers.containsString("FOLLOW_UP-text")))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("ANSWER_FOLLOW_UP-text"))));
    mvc.perform(
            post(page + "/actions/follow-up")
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("version", "1")
                .param("text", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("FOLLOW_UP-text-error")));
    mvc.perform(
            post(page + "/actions/follow-up")
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("version", "1")
                .param("text", "請說明"))
        .andExpect(redirectedUrl(page));
    mvc.perform(
            get(page)
                .with(user(agency.as(Role.CASE_OFFICER)))
                .param("lang", "en")
                .param("action", "answer-follow-up"))
        .andExpect(content().string(Matchers.containsString("ANSWER_FOLLOW_UP-text")))
        .andExpect(content().string(Matchers.containsString("Answer the follow-up")))
        .andExpect(content().string(Matchers.containsString("請說明")));
    assertThat(work.summary(c).orElseThrow().status()).isEqualTo(CaseStatus.ASSIGNED);
  }
}
