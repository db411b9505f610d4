// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The surveys' JSON API as its contract says: the open surveys of an agency with their questions, a
 * citizen's answer (201), a Likert value off its scale (422, nothing stored), a channel the caller
 * may not use (422), and staff entering a phone answer recorded as that channel.
 */
@IntegrationTest
class SurveyApiTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  SurveyView survey;

  @BeforeEach
  void anAgencyWithAnOpenCounterSurvey() {
    agency = TestOrganisation.from(context).agency("SAPI", null);
    survey = SurveyFixtures.open(context, agency, "counter", 30);
    SurveyFixtures.open(context, agency, "staff", 5);
  }

  long answers(String channel) {
    return jdbc.sql("select count(*) from survey_response where agency_code = ? and channel = ?")
        .params(agency.code().value(), channel)
        .query(Long.class)
        .single();
  }

  @Test
  void theOpenSurveysOfAnAgencyAreListedWithTheirQuestionsButNotTheStaffSurvey() throws Exception {
    mvc.perform(get("/api/v1/surveys").param("agency", agency.code().value()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].code").value(survey.code().value()))
        .andExpect(jsonPath("$[0].title['zh-TW']").value("臨櫃服務滿意度調查"))
        .andExpect(jsonPath("$[0].title.en").value("Counter service satisfaction survey"))
        .andExpect(jsonPath("$[0].questions[0].id").value("env-clean"))
        .andExpect(jsonPath("$[0].questions[0].kind").value("LIKERT5"))
        .andExpect(jsonPath("$[0].questions[0].dimension").value("ENVIRONMENT"))
        .andExpect(jsonPath("$[0].questions[0].required").value(true))
        .andExpect(jsonPath("$[0].questions[0].choices").isEmpty())
        .andExpect(jsonPath("$[0].questions[9].kind").value("SINGLE"))
        .andExpect(jsonPath("$[0].questions[9].choices[0].code").value("first"));
    mvc.perform(get("/api/v1/surveys").param("agency", "no such"))
        .andExpect(status().isUnprocessableEntity());
  }

  @Test
  void anAnswerIs201AndALikertValueOffItsScaleIs422WithNothingStored() throws Exception {
    String path = "/api/v1/surveys/" + survey.code().value() + "/responses";
    String good =
        """
        {"channel": "ONLINE", "answers": {"env-clean": 5, "env-facilities": "NA", "courtesy": 4,
         "courtesy-phone": 4, "professional": 5, "accurate": 4, "procedure": 3, "online": "NA",
         "overall": 4, "visits": "yearly", "comment": "服務很好"}}
        """;
    mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(good))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value(survey.code().value()))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.channel").value("ONLINE"));

    String offScale = good.replace("\"overall\": 4", "\"overall\": 6");
    mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(offScale))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("answers.overall")));
    mvc.perform(
            post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("\"ONLINE\"", "\"PAPER\"")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("channel")));

    assertThat(answers("ONLINE")).isEqualTo(1);
    assertThat(answers("PAPER")).isZero();
  }

  @Test
  void staffEnterAPhoneAnswerAsThatChannelAndAnotherAgencysStaffFindNoSurvey() throws Exception {
    String path = "/api/v1/staff/surveys/" + survey.code().value() + "/responses";
    String body =
        """
        {"channel": "PHONE", "unit": %d, "answers": {"env-clean": 3, "env-facilities": 3,
         "courtesy": 3, "courtesy-phone": 3, "professional": 3, "accurate": 3, "procedure": 3,
         "online": 3, "overall": 3}}
        """
            .formatted(agency.unit().id());
    mvc.perform(
            post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(httpBasic(agency.username(Role.COUNTER_CLERK), TestOrganisation.PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.channel").value("PHONE"));
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("SAPX", null);
    mvc.perform(
            post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(httpBasic(other.username(Role.COUNTER_CLERK), TestOrganisation.PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());

    assertThat(answers("PHONE")).isEqualTo(1);
  }
}
