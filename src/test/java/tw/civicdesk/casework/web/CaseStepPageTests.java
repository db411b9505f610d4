// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.intake.Application;
import tw.civicdesk.intake.Intake;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.organisation.Drafts.StaffDraft;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffAccounts;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Steps on the case page (issue 16): the steps allowed now are choices and the chosen one's form
 * has each field once; what is typed is stored exactly; errors are summarised at the top and shown
 * beside their field; irreversible steps change nothing until confirmed; an officer takes an
 * unassigned case of their own unit only; names, not codes or usernames, are shown.
 */
@IntegrationTest
class CaseStepPageTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Intake intake;
  @Autowired CaseEngine work;
  @Autowired Organisation organisation;

  TestOrganisation.Setup agency;
  ServiceCode code;
  CaseNumber number;
  String page;
  StaffPrincipal officer;

  @BeforeEach
  void fileAnApplication() {
    agency = TestOrganisation.from(context).agency("CSTEP", null);
    code = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
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
    officer = agency.as(Role.CASE_OFFICER);
  }

  Document html(String path, StaffPrincipal as) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(user(as)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  Case now() {
    return work.get(number, agency.code());
  }

  /** The officer takes the case and starts work on it; answers the case's version. */
  int takeAndStart() throws Exception {
    mvc.perform(post(page + "/actions/take").with(csrf()).with(user(officer)).param("version", "0"))
        .andExpect(redirectedUrl(page));
    mvc.perform(
            post(page + "/actions/start").with(csrf()).with(user(officer)).param("version", "1"))
        .andExpect(redirectedUrl(page));
    return now().version();
  }

  @Test
  void anOfficerTakesAnUnassignedCaseOfTheirOwnUnit() throws Exception {
    Document before = html(page, officer);
    assertThat(before.select(".action-choices a").eachText()).contains("認領（由我承辦）");
    mvc.perform(post(page + "/actions/take").with(csrf()).with(user(officer)).param("version", "0"))
        .andExpect(redirectedUrl(page));
    assertThat(now().status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThat(now().officer()).isEqualTo(officer.getUsername());
  }

  @Test
  void anOfficerCannotAssignAnUnassignedCaseToSomeoneElse() throws Exception {
    String colleague = staff("colleague", agency.unit().id(), Role.CASE_OFFICER).getUsername();
    mvc.perform(
            post(page + "/actions/assign")
                .with(csrf())
                .with(user(officer))
                .param("version", "0")
                .param("officer", colleague))
        .andExpect(status().isOk());
    assertThat(now().officer()).isNull();
    assertThat(now().status()).isEqualTo(CaseStatus.RECEIVED);
  }

  @Test
  void anOfficerOfAnotherUnitCannotTakeTheCase() throws Exception {
    long otherUnit =
        context
            .getBean(tw.civicdesk.organisation.OrganisationAdministration.class)
            .createUnit(
                agency.as(Role.AGENCY_ADMIN),
                agency.code(),
                new tw.civicdesk.organisation.Drafts.UnitDraft(
                    "U2",
                    new tw.civicdesk.platform.i18n.BilingualText("社會課", "Social"),
                    tw.civicdesk.organisation.UnitKind.SECTION))
            .id();
    StaffPrincipal stranger = staff("u2", otherUnit, Role.CASE_OFFICER);
    mvc.perform(get(page).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(
            post(page + "/actions/take").with(csrf()).with(user(stranger)).param("version", "0"))
        .andExpect(status().isNotFound());
    // Reaching a case of another unit (here: filed it at the counter) is not owning it.
    CaseNumber filed =
        tw.civicdesk.casework.AttachmentSamples.fileCase(
            context, agency.code(), agency.unit().id(), stranger.getUsername());
    String filedPage = "/console/cases/" + filed.value();
    assertThat(html(filedPage, stranger).select(".action-choices a").eachText())
        .doesNotContain("認領（由我承辦）");
    mvc.perform(
            post(filedPage + "/actions/take")
                .with(csrf())
                .with(user(stranger))
                .param("version", "0"))
        .andExpect(status().isOk());
    assertThat(work.get(filed, agency.code()).officer()).isNull();
  }

  @Test
  void choosingAStepShowsItsFormAloneWithEachFieldOnce() throws Exception {
    takeAndStart();
    Document list = html(page, officer);
    assertThat(list.getElementById("action-form")).isNull();
    assertThat(list.select(".action-choices a").eachText()).contains("決行", "通知補正", "移文");
    Document decide = html(page + "?action=decide", officer);
    Element form = decide.getElementById("action-form");
    assertThat(form).isNotNull();
    assertThat(form.attr("action")).endsWith("/actions/decide");
    assertThat(form.select("[name]").eachAttr("name"))
        .containsExactly("_csrf", "version", "outcome", "reason", "remedy");
    assertThat(decide.select("[name=reason]")).hasSize(1);
    assertThat(decide.select("[name]").eachAttr("name"))
        .doesNotContain("officer", "deficiencies", "into", "to", "text", "amount", "unitId");
  }

  @Test
  void aSupplementRequestAsksForThePeriodOnceRefusesABadOneBesideItAndShowsTheDate()
      throws Exception {
    int version = takeAndStart();
    Document ask = html(page + "?action=request-supplement", officer);
    assertThat(ask.getElementById("action-form").select("[name]").eachAttr("name"))
        .containsExactly("_csrf", "version", "deficiencies", "days");
    assertThat(ask.select("[name=days]")).hasSize(1);
    assertThat(ask.getElementById("REQUEST_SUPPLEMENT-days").val())
        .as("the setting")
        .isEqualTo("7");
    for (String bad : List.of("abc", "0", "61")) {
      Document refused =
          Jsoup.parse(
              mvc.perform(
                      post(page + "/actions/request-supplement")
                          .with(csrf())
                          .with(user(officer))
                          .param("version", String.valueOf(version))
                          .param("deficiencies", "戶籍謄本")
                          .param("days", bad))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      assertThat(refused.select(".error-summary a").eachAttr("href"))
          .containsExactly("#REQUEST_SUPPLEMENT-days");
      assertThat(refused.getElementById("REQUEST_SUPPLEMENT-days-error").text()).contains("1 至 60");
      assertThat(refused.getElementById("REQUEST_SUPPLEMENT-days").val()).isEqualTo(bad);
      assertThat(now().version()).isEqualTo(version);
    }
    mvc.perform(
            post(page + "/actions/request-supplement")
                .with(csrf())
                .with(user(officer))
                .param("version", String.valueOf(version))
                .param("deficiencies", "戶籍謄本")
                .param("days", "10"))
        .andExpect(redirectedUrl(page));
    java.time.LocalDate by =
        context
            .getBean(tw.civicdesk.calendar.WorkingCalendar.class)
            .dueDate(agency.code(), work.today(), tw.civicdesk.calendar.TimeLimit.calendarDays(10));
    assertThat(now().supplyBy()).isEqualTo(by);
    Document shown = html(page, officer);
    assertThat(shown.select("dl.profile").text()).contains("補正期限 " + by);
    assertThat(shown.select("table").text()).contains("補正期限 " + by);
  }

  @Test
  void aDecisionNoteIsStoredExactlyAsTyped() throws Exception {
    int version = takeAndStart();
    String note = "已排定12月15日收運";
    mvc.perform(
            post(page + "/actions/decide")
                .with(csrf())
                .with(user(officer))
                .param("version", String.valueOf(version))
                .param("outcome", "APPROVED")
                .param("reason", note)
                .param("remedy", "")
                .param("confirm", "true"))
        .andExpect(redirectedUrl(page));
    List<HistoryEntry> history = now().history();
    HistoryEntry decided = history.get(history.size() - 1);
    assertThat(decided.action()).isEqualTo(CaseAction.DECIDE);
    assertThat(decided.publicNote()).isEqualTo(note);
  }

  @Test
  void anIrreversibleStepIsCheckedAndConfirmedBeforeAnythingChanges() throws Exception {
    int version = takeAndStart();
    String body =
        mvc.perform(
                post(page + "/actions/decide")
                    .with(csrf())
                    .with(user(officer))
                    .param("version", String.valueOf(version))
                    .param("outcome", "APPROVED")
                    .param("reason", "符合資格"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document confirm = Jsoup.parse(body);
    assertThat(confirm.select("h1").text()).isEqualTo("請確認：決行");
    assertThat(confirm.select("#answers dd").eachText()).containsExactly("核准", "符合資格", "（未填）");
    assertThat(confirm.select("input[name=confirm]").val()).isEqualTo("true");
    assertThat(now().status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(now().version()).isEqualTo(version);
    // "Change" goes back to the form with what was typed, still without changing anything.
    Document change =
        Jsoup.parse(
            mvc.perform(
                    post(page + "/actions/decide")
                        .with(csrf())
                        .with(user(officer))
                        .param("version", String.valueOf(version))
                        .param("outcome", "APPROVED")
                        .param("reason", "符合資格")
                        .param("change", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(change.getElementById("DECIDE-reason").text()).isEqualTo("符合資格");
    assertThat(now().version()).isEqualTo(version);
    mvc.perform(
            post(page + "/actions/decide")
                .with(csrf())
                .with(user(officer))
                .param("version", String.valueOf(version))
                .param("outcome", "APPROVED")
                .param("reason", "符合資格")
                .param("confirm", "true"))
        .andExpect(redirectedUrl(page));
    assertThat(now().status()).isEqualTo(CaseStatus.DECIDED);
    // Closing asks again.
    mvc.perform(
            post(page + "/actions/close")
                .with(csrf())
                .with(user(officer))
                .param("version", String.valueOf(now().version())))
        .andExpect(status().isOk());
    assertThat(now().status()).isEqualTo(CaseStatus.DECIDED);
    mvc.perform(
            post(page + "/actions/close")
                .with(csrf())
                .with(user(officer))
                .param("version", String.valueOf(now().version()))
                .param("confirm", "true"))
        .andExpect(redirectedUrl(page));
    assertThat(now().status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void errorsAreSummarisedAtTheTopAndShownBesideTheirFieldWithWhatWasTyped() throws Exception {
    int version = takeAndStart();
    Document refused =
        Jsoup.parse(
            mvc.perform(
                    post(page + "/actions/decide")
                        .with(csrf())
                        .with(user(officer))
                        .param("version", String.valueOf(version))
                        .param("outcome", "REJECTED")
                        .param("reason", "不符資格")
                        .param("remedy", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    Element summary = refused.selectFirst(".error-summary");
    assertThat(summary).isNotNull();
    assertThat(summary.attr("role")).isEqualTo("alert");
    assertThat(summary.hasAttr("autofocus")).isTrue();
    assertThat(summary.select("a").eachAttr("href")).containsExactly("#DECIDE-remedy");
    Element remedy = refused.getElementById("DECIDE-remedy");
    assertThat(remedy.attr("aria-describedby")).isEqualTo("DECIDE-remedy-error");
    assertThat(refused.getElementById("DECIDE-remedy-error").text()).isNotBlank();
    assertThat(refused.getElementById("DECIDE-reason").text()).isEqualTo("不符資格");
    assertThat(refused.select("#DECIDE-outcome option[selected]").val()).isEqualTo("REJECTED");
    assertThat(now().status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(now().version()).isEqualTo(version);
  }

  @Test
  void theCasePageAndListShowNamesNotCodesOrUsernames() throws Exception {
    takeAndStart();
    for (String lang : List.of("zh-TW", "en")) {
      String text = html(page + "?lang=" + lang, officer).body().text();
      assertThat(text)
          .contains(lang.equals("en") ? "Low-income household certificate" : "低收入戶證明申請")
          .contains("王小明")
          .contains(number.grouped())
          .doesNotContain(code.value())
          .doesNotContain(officer.getUsername())
          .doesNotContain("IN_PROGRESS")
          .doesNotContain("ASSIGN ");
      String list =
          html("/console/cases?view=ALL&lang=" + lang, agency.as(Role.UNIT_HEAD))
              .select("table")
              .text();
      assertThat(list)
          .contains(number.grouped())
          .contains("王小明")
          .doesNotContain(code.value())
          .doesNotContain(officer.getUsername());
    }
  }

  private StaffPrincipal staff(String tag, long unitId, Role role) {
    String username = (agency.code().value() + "." + tag).toLowerCase(Locale.ROOT);
    context
        .getBean(StaffAccounts.class)
        .create(
            agency.as(Role.AGENCY_ADMIN),
            agency.code(),
            new StaffDraft(username, "陳小華", "", unitId, EnumSet.of(role), true),
            TestOrganisation.PASSWORD);
    return organisation.accountForSignIn(username).orElseThrow();
  }
}
