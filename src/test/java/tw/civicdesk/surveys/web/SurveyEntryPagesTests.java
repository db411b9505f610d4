// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * Staff enter paper and phone answers, recorded as that channel with the unit named and nobody's
 * name; "save and enter the next" brings a blank form with the count; every problem is shown at
 * once and nothing is stored. A staff member answers their agency's staff survey once: the second
 * time is refused with a clear message, and nothing beside the answer names them.
 */
@IntegrationTest
class SurveyEntryPagesTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("SENT", null);
  }

  private static MockHttpServletRequestBuilder answers(
      MockHttpServletRequestBuilder request, Map<String, Object> answers) {
    answers.forEach((id, value) -> request.param("answers[" + id + "]", String.valueOf(value)));
    return request;
  }

  private List<Map<String, Object>> responses(SurveyCode code) {
    return jdbc.sql(
            "select r.channel, r.unit_id, r.service_code, r.case_number from survey_response r"
                + " join survey s on s.id = r.survey_id where s.code = ? order by r.id")
        .param(code.value())
        .query()
        .listOfRows();
  }

  @Test
  void aClerkEntersAPhoneAnswerAndTheNextFormComesBackBlankWithTheCount() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    String entry = "/console/surveys/" + survey.code().value() + "/entry";
    StaffPrincipal clerk = agency.as(Role.COUNTER_CLERK);

    MvcResult saved =
        mvc.perform(
                answers(
                    post(entry)
                        .with(csrf())
                        .with(user(clerk))
                        .param("channel", "PHONE")
                        .param("unit", Long.toString(agency.unit().id()))
                        .param("action", "next"),
                    SurveyFixtures.counterAnswers(5)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(entry))
            .andReturn();
    String next =
        mvc.perform(get(entry).with(user(clerk)).flashAttrs(saved.getFlashMap()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(responses(survey.code()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("channel")).isEqualTo("PHONE");
              assertThat(((Number) r.get("unit_id")).longValue()).isEqualTo(agency.unit().id());
              assertThat(r.get("case_number")).isNull();
            });
    assertThat(next)
        .contains("本次已登錄 1 份")
        .contains("value=\"PHONE\" checked=\"checked\"")
        .contains("name=\"entered\" value=\"1\"");
    assertThat(next.split("checked=\"checked\"", -1))
        .as("only the channel is chosen; the answers are blank")
        .hasSize(2);
  }

  @Test
  void anEntryWithoutChannelOrRequiredAnswersIsShownWithEveryProblemAndStoresNothing()
      throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    String entry = "/console/surveys/" + survey.code().value() + "/entry";

    String page =
        mvc.perform(
                post(entry)
                    .with(csrf())
                    .with(user(agency.as(Role.CASE_OFFICER)))
                    .param("answers[overall]", "9")
                    .param("answers[comment]", "等很久"))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("id=\"channel-error\"")
        .contains("id=\"answers-overall-error\"")
        .contains("id=\"answers-courtesy-error\"")
        .contains("href=\"#channel\"")
        .contains("等很久");
    assertThat(responses(survey.code())).isEmpty();
  }

  @Test
  void savingAndFinishingGoesBackToTheListWithTheCount() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    mvc.perform(
            answers(
                post("/console/surveys/" + survey.code().value() + "/entry")
                    .with(csrf())
                    .with(user(agency.as(Role.COUNTER_CLERK)))
                    .param("channel", "PAPER")
                    .param("entered", "2")
                    .param("action", "save"),
                SurveyFixtures.counterAnswers(3)))
        .andExpect(redirectedUrl("/console/surveys?agency=" + agency.code().value()))
        .andExpect(flash().attribute("enteredCount", 3));
    assertThat(responses(survey.code())).extracting(r -> r.get("channel")).containsExactly("PAPER");
  }

  @Test
  void theStaffSurveyHasNoEntryFormAndAnotherAgencysSurveyIsNotFound() throws Exception {
    SurveyView staffSurvey = SurveyFixtures.open(context, agency, "staff", 5);
    SurveyView counter = SurveyFixtures.open(context, agency, "counter", 30);
    StaffPrincipal stranger =
        TestOrganisation.from(context).agency("SENO", null).as(Role.QUALITY_OFFICER);

    mvc.perform(
            get("/console/surveys/" + staffSurvey.code().value() + "/entry")
                .with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/console/surveys/" + counter.code().value() + "/entry").with(user(stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(
            answers(
                post("/console/surveys/" + counter.code().value() + "/entry")
                    .with(csrf())
                    .with(user(stranger))
                    .param("channel", "PAPER"),
                SurveyFixtures.counterAnswers(3)))
        .andExpect(status().isNotFound());
    assertThat(responses(counter.code())).isEmpty();
  }

  @Test
  void aStaffMemberAnswersTheStaffSurveyOnceAndTheSecondTimeIsToldSo() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "staff", 5);
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    String form = "/console/staff-survey/" + survey.code().value();
    Map<String, Object> answers = new java.util.LinkedHashMap<>();
    survey.questionnaire().likertQuestions().forEach(q -> answers.put(q.id(), 4));

    assertThat(
            mvc.perform(get("/console").with(user(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("內部同仁滿意度調查開放填答中")
        .contains("href=\"/console/staff-survey\"");
    assertThat(
            mvc.perform(get(form).with(user(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("不記錄您的帳號、單位或填答時間");

    mvc.perform(answers(post(form).with(csrf()).with(user(officer)), answers))
        .andExpect(redirectedUrl("/console/staff-survey"));
    String second =
        mvc.perform(answers(post(form).with(csrf()).with(user(officer)), answers))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(second).contains("您已填答此問卷，每個帳號只能填答一次");
    assertThat(responses(survey.code()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("channel")).isEqualTo("STAFF");
              assertThat(r.get("unit_id")).isNull();
            });
    assertThat(
            mvc.perform(get("/console").with(user(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain("內部同仁滿意度調查開放填答中");
    mvc.perform(
            get(form)
                .with(
                    user(
                        TestOrganisation.from(context).agency("SENS", null).as(Role.CASE_OFFICER))))
        .andExpect(status().isNotFound());
  }
}
