// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * The post-case survey page: the case number filled in from the link, the code typed from the
 * receipt, the answer tied to the case once and never shown with the applicant; a wrong code is a
 * field error (with every other error at once), a second answer and an undecided case are refused
 * with their message, and the tracking page of a decided case links to the survey.
 */
@IntegrationTest
class PostCaseSurveyPageTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired CaseWork work;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;
  CaseFixtures cases;
  SurveyView survey;

  @BeforeEach
  void anAgencyAskingAfterACase() {
    agency = TestOrganisation.from(context).agency("SCASE", null);
    ServiceCode service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    cases = CaseFixtures.of(context, agency, service);
    survey = SurveyFixtures.open(context, agency, "post-case", 5);
  }

  CaseNumber filed() {
    return cases
        .fileOnline(
            CaseFixtures.byEmail("case-survey@example.invalid", Locale.TAIWAN),
            LocalDate.now(clock))
        .number();
  }

  CaseNumber decided() {
    CaseNumber n = filed();
    CaseWork.Stepped started = cases.inProgress(n);
    work.decide(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Decide(n, started.version(), Decision.APPROVED, "符合資格", null));
    return n;
  }

  MockHttpServletRequestBuilder answer(CaseNumber n, String code) {
    return post("/surveys/case")
        .with(csrf())
        .param("lang", "en")
        .param("number", n.value())
        .param("code", code)
        .param("answers[in-time]", "5")
        .param("answers[result-clear]", "4")
        .param("answers[officer]", "NA")
        .param("answers[tracking]", "4")
        .param("answers[overall]", "5");
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  long answersOf(CaseNumber n) {
    return jdbc.sql("select count(*) from survey_response where case_number = ?")
        .param(n.value())
        .query(Long.class)
        .single();
  }

  @Test
  void theLinkOpensTheAgencysSurveyWithTheNumberFilledInAndNothingAboutTheApplicant()
      throws Exception {
    CaseNumber n = decided();

    String page =
        send(get("/surveys/case").param("number", n.value()).param("lang", "zh-TW"))
            .getContentAsString();

    assertThat(page)
        .contains("案件辦理滿意度調查", "value=\"" + n.value() + "\"", "印在收據上的驗證碼")
        .contains("id=\"answers-in-time\"", "承辦人員態度親切")
        .doesNotContain("王小明", "王○明", "case-survey@example.invalid");
  }

  @Test
  void aDecidedCaseIsRatedOnceAndTheSecondAnswerIsRefusedWithItsMessage() throws Exception {
    CaseNumber n = decided();
    String code = work.verificationCode(n);

    MockHttpServletResponse first = send(answer(n, code));
    assertThat(first.getRedirectedUrl()).isEqualTo("/surveys/case/thanks");
    assertThat(send(get("/surveys/case/thanks").param("lang", "en")).getContentAsString())
        .contains("Your rating of how we handled your case has been recorded.");
    assertThat(
            jdbc.sql("select channel, unit_id from survey_response where case_number = ?")
                .param(n.value())
                .query()
                .singleRow())
        .containsEntry("channel", "CASE")
        .containsEntry("unit_id", agency.unit().id());

    MockHttpServletResponse second = send(answer(n, code));
    assertThat(second.getStatus()).isEqualTo(409);
    assertThat(second.getContentAsString())
        .contains("This case has already been rated.")
        .doesNotContain("id=\"answers-in-time\"");
    assertThat(answersOf(n)).isEqualTo(1);
  }

  @Test
  void aCaseNotDecidedYetIsRefusedWithItsMessage() throws Exception {
    CaseNumber n = filed();

    MockHttpServletResponse sent = send(answer(n, work.verificationCode(n)));

    assertThat(sent.getStatus()).isEqualTo(409);
    assertThat(sent.getContentAsString()).contains("This case is not complete yet.");
    assertThat(answersOf(n)).isZero();
  }

  @Test
  void aWrongCodeIsAFieldErrorToldWithTheAnswersErrorsAndStoresNothing() throws Exception {
    CaseNumber n = decided();

    MockHttpServletResponse sent =
        send(
            post("/surveys/case")
                .with(csrf())
                .param("lang", "en")
                .param("number", n.value())
                .param("code", "WRONG123")
                .param("answers[in-time]", "5")
                .param("answers[officer]", "NA"));

    assertThat(sent.getStatus()).isEqualTo(200);
    assertThat(sent.getContentAsString())
        .contains("href=\"#code\"", "id=\"code-error\"", "No case matches this case number")
        .contains("href=\"#answers-result-clear\"", "href=\"#answers-overall\"")
        .containsPattern("id=\"answers-officer_na\" value=\"NA\"\\s+checked")
        .doesNotContain("WRONG123");
    assertThat(answersOf(n)).isZero();
  }

  @Test
  void aRightCodeWithAWrongAnswerShowsTheErrorAndStoresNothing() throws Exception {
    CaseNumber n = decided();

    MockHttpServletResponse sent =
        send(answer(n, work.verificationCode(n)).param("answers[overall]", "9"));

    assertThat(sent.getStatus()).isEqualTo(200);
    assertThat(sent.getContentAsString())
        .contains("href=\"#answers-overall\"")
        .doesNotContain("href=\"#code\"");
    assertThat(answersOf(n)).isZero();
  }

  @Test
  void anAgencyThatAsksNothingAfterACaseSaysSo() throws Exception {
    TestOrganisation.Setup quiet = TestOrganisation.from(context).agency("SQUIET", null);
    CaseFixtures quietCases =
        CaseFixtures.of(
            context, quiet, CatalogueFixtures.publishLowIncomeCertificate(context, quiet));
    CaseNumber n = quietCases.fileOnline(null, LocalDate.now(clock)).number();

    assertThat(
            send(get("/surveys/case").param("number", n.value()).param("lang", "en"))
                .getContentAsString())
        .contains("We have no survey about completed cases for this case number")
        .doesNotContain("id=\"code\"");
    MockHttpServletResponse sent = send(answer(n, work.verificationCode(n)));
    assertThat(sent.getStatus()).isEqualTo(404);
    assertThat(answersOf(n)).isZero();
  }

  @Test
  void theTrackingPageOfADecidedCaseLinksToTheSurveyAndOfAnOpenCaseDoesNot() throws Exception {
    CaseNumber decided = decided();
    CaseNumber open = filed();

    String decidedPage = track(decided);
    String openPage = track(open);

    assertThat(decidedPage)
        .contains("id=\"survey-call\"", "/surveys/case?number=" + decided.value());
    assertThat(openPage).doesNotContain("id=\"survey-call\"");
  }

  String track(CaseNumber n) throws Exception {
    return send(post("/track")
            .with(csrf())
            .param("number", n.value())
            .param("code", work.verificationCode(n)))
        .getContentAsString();
  }
}
