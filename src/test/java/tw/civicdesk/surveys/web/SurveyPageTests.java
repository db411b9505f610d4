// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyTemplates;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The public survey page: every question on one page; an answer sent online or from a QR poster is
 * stored with its channel (and the poster's counter and service, when they are the agency's own); a
 * wrong answer shows every error beside its question with the values kept and stores nothing; a
 * closed survey says so, a draft or unknown one is not found.
 */
@IntegrationTest
class SurveyPageTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Surveys surveys;

  TestOrganisation.Setup agency;
  SurveyView survey;

  @BeforeEach
  void anOpenSurvey() {
    agency = TestOrganisation.from(context).agency("SPAGE", null);
    survey = EveryKindSurvey.openEveryKind(context, agency);
  }

  String path() {
    return "/surveys/" + survey.code().value();
  }

  /** A complete, right answer. */
  MockHttpServletRequestBuilder answered(MockHttpServletRequestBuilder request) {
    return request
        .with(csrf())
        .param("answers[clean]", "NA")
        .param("answers[staff]", "3")
        .param("answers[reason]", "ask")
        .param("answers[heard]", "web", "poster")
        .param("answers[minutes]", "15")
        .param("answers[overall]", "4")
        .param("answers[comment]", "櫃台動線清楚");
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  Map<String, Object> onlyResponse() {
    return jdbc.sql(
            "select r.id, r.channel, r.unit_id, r.service_code, r.case_number from survey_response r"
                + " join survey s on s.id = r.survey_id where s.code = ?")
        .param(survey.code().value())
        .query()
        .singleRow();
  }

  @Test
  void thePageAsksEveryQuestionInOrderInTheChosenLanguage() throws Exception {
    String zh = send(get(path()).param("lang", "zh-TW")).getContentAsString();
    String en = send(get(path()).param("lang", "en")).getContentAsString();

    assertThat(zh).contains("洽公經驗調查", "非常滿意", "不適用", "可複選", "請輸入 0 到 600 之間的數字", "本問卷不記名");
    assertThat(en)
        .contains("Your visit", "Very satisfied", "Not applicable", "Select all that apply");
    assertThat(List.of("answers-clean", "answers-staff", "answers-reason", "answers-heard"))
        .allSatisfy(id -> assertThat(zh).contains("id=\"" + id + "\""));
    assertThat(zh.indexOf("洽公環境整潔"))
        .isLessThan(zh.indexOf("服務人員態度親切"))
        .isLessThan(zh.indexOf("整體而言"));
    assertThat(zh).doesNotContain("name=\"via\"");
  }

  @Test
  void anAnswerSentOnlineIsStoredAsOnlineAndTheThankYouPageNamesNoAnswer() throws Exception {
    MockHttpServletResponse sent = send(answered(post(path())));

    assertThat(sent.getStatus()).isEqualTo(302);
    assertThat(sent.getRedirectedUrl()).isEqualTo(path() + "/thanks");
    Map<String, Object> row = onlyResponse();
    assertThat(row).containsEntry("channel", "ONLINE").containsEntry("unit_id", null);
    assertThat(
            jdbc.sql(
                    "select question_id, points, not_applicable, number, choices, text"
                        + " from survey_answer where response_id = ? order by question_id")
                .param(row.get("id"))
                .query()
                .listOfRows())
        .extracting(r -> r.get("question_id"))
        .containsExactly("clean", "comment", "heard", "minutes", "overall", "reason", "staff");
    String thanks = send(get(path() + "/thanks").param("lang", "en")).getContentAsString();
    assertThat(thanks).contains("Thank you", "Your visit");
  }

  @Test
  void anAnswerFromAPosterKeepsItsCounterAndServiceButNotAnotherAgencys() throws Exception {
    ServiceCode service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    String page =
        send(get(path())
                .param("via", "qr")
                .param("unit", String.valueOf(agency.unit().id()))
                .param("service", service.value()))
            .getContentAsString();
    assertThat(page)
        .contains("name=\"via\" value=\"qr\"")
        .contains("name=\"unit\" value=\"" + agency.unit().id() + "\"")
        .contains("name=\"service\" value=\"" + service.value() + "\"");

    send(
        answered(post(path()))
            .param("via", "qr")
            .param("unit", String.valueOf(agency.unit().id()))
            .param("service", service.value()));
    assertThat(onlyResponse())
        .containsEntry("channel", "QR")
        .containsEntry("unit_id", agency.unit().id())
        .containsEntry("service_code", service.value());

    TestOrganisation.Setup other = TestOrganisation.from(context).agency("SPAGX", null);
    send(
        answered(post(path())).param("via", "qr").param("unit", String.valueOf(other.unit().id())));
    assertThat(
            jdbc.sql(
                    "select unit_id from survey_response r join survey s on s.id = r.survey_id"
                        + " where s.code = ? order by r.id desc limit 1")
                .param(survey.code().value())
                .query()
                .singleRow())
        .containsEntry("unit_id", null);
  }

  @Test
  void aWrongAnswerShowsEveryErrorBesideItsQuestionKeepsTheValuesAndStoresNothing()
      throws Exception {
    MockHttpServletResponse sent =
        send(
            post(path())
                .with(csrf())
                .param("lang", "en")
                .param("answers[clean]", "NA")
                .param("answers[staff]", "5")
                .param("answers[reason]", "pick-up")
                .param("answers[minutes]", "601")
                .param("answers[comment]", "Long queue"));

    assertThat(sent.getStatus()).isEqualTo(200);
    String page = sent.getContentAsString();
    assertThat(page)
        .contains("<title>Error: Your visit")
        .contains("class=\"error-summary\"")
        .contains("href=\"#answers-staff\"", "href=\"#answers-heard\"")
        .contains("href=\"#answers-minutes\"", "href=\"#answers-overall\"")
        .doesNotContain("href=\"#answers-clean\"", "href=\"#answers-reason\"")
        .contains("id=\"answers-staff-error\"", "Choose a whole number from 1 to 4.")
        .contains(">2. The staff were courteous: Choose a whole number from 1 to 4.</a>")
        .contains("Enter a number from 0 to 600.", "Answer this question.");
    assertThat(page)
        .containsPattern("id=\"answers-clean_na\" value=\"NA\"\\s+checked")
        .containsPattern("id=\"answers-reason_pick-up\" value=\"pick-up\"\\s+checked")
        .contains("value=\"601\"", ">Long queue</textarea>");
    assertThat(EveryKindSurvey.responses(jdbc, survey.code())).isZero();
  }

  @Test
  void aClosedSurveySaysSoAndTakesNoAnswer() throws Exception {
    surveys.close(agency.as(Role.QUALITY_OFFICER), survey.code());

    MockHttpServletResponse page = send(get(path()).param("lang", "en"));
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("This survey is closed")
        .doesNotContain("<form method=\"post\"");
    MockHttpServletResponse sent = send(answered(post(path())));
    assertThat(sent.getStatus()).isEqualTo(409);
    assertThat(sent.getContentAsString()).contains("本問卷已結束");
    assertThat(EveryKindSurvey.responses(jdbc, survey.code())).isZero();
  }

  @Test
  void aDraftAStaffSurveyAPostCaseSurveyAndAnUnknownCodeAreNotFound() throws Exception {
    SurveyCode draft = SurveyFixtures.code("DRAFT");
    surveys.create(
        agency.as(Role.QUALITY_OFFICER),
        new SurveyCommands.Create(
            agency.code(),
            draft,
            survey.purpose(),
            30,
            SurveyTemplates.find("counter").orElseThrow().questionnaire()));
    SurveyView staff = SurveyFixtures.open(context, agency, "staff", 5);
    SurveyView postCase = SurveyFixtures.open(context, agency, "post-case", 5);

    for (String code :
        List.of(draft.value(), staff.code().value(), postCase.code().value(), "NO-SUCH-SURVEY")) {
      assertThat(send(get("/surveys/" + code)).getStatus()).as(code).isEqualTo(404);
      assertThat(send(answered(post("/surveys/" + code))).getStatus()).as(code).isEqualTo(404);
    }
    assertThat(EveryKindSurvey.responses(jdbc, draft)).isZero();
  }
}
