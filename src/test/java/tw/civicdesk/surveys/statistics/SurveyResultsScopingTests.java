// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * Who reads which results: every staff member of the survey's agency and the quality officers above
 * it read a citizen survey's; another agency's staff, and staff above who are not quality officers,
 * get "not found"; a staff survey's results are for its agency's quality officer, head and
 * administrator only, and never by unit.
 */
@IntegrationTest
class SurveyResultsScopingTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired SurveyResults results;
  @Autowired Surveys surveys;

  TestOrganisation.Setup county;
  TestOrganisation.Setup township;
  TestOrganisation.Setup elsewhere;
  SurveyCode counter;

  @BeforeEach
  void aTownshipBelowACountyAndAnAgencyElsewhere() {
    TestOrganisation organisation = TestOrganisation.from(context);
    county = organisation.agency("CNTY", null);
    township = organisation.agency("TOWN", county.code());
    elsewhere = organisation.agency("ELSE", null);
    counter = ResultsFixtures.survey(context, township, 3).code();
  }

  int statusOf(SurveyCode code, StaffPrincipal as) throws Exception {
    return mvc.perform(get("/api/v1/staff/surveys/" + code.value() + "/results").with(user(as)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void everyRoleOfTheAgencyReadsTheCitizenResults() throws Exception {
    for (Role role : Role.values()) {
      assertThat(statusOf(counter, township.as(role))).as(role.name()).isEqualTo(200);
    }
    mvc.perform(
            get("/api/v1/staff/surveys/" + counter.value() + "/results")
                .with(user(township.as(Role.COUNTER_CLERK))))
        .andExpect(jsonPath("$.n").value(7));
  }

  @Test
  void theSupervisingAgencysQualityOfficerReadsAndNoOtherRoleThere() throws Exception {
    assertThat(statusOf(counter, county.as(Role.QUALITY_OFFICER))).isEqualTo(200);
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.QUALITY_OFFICER, Role.SYSTEM_ADMIN))) {
      assertThat(statusOf(counter, county.as(role))).as(role.name()).isEqualTo(404);
    }
  }

  @Test
  void anotherAgencysStaffFindNothingAndNeitherDoesTheTownshipAboutTheCounty() throws Exception {
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN))) {
      assertThat(statusOf(counter, elsewhere.as(role))).as(role.name()).isEqualTo(404);
    }
    SurveyCode above = SurveyFixtures.open(context, county, "counter", 30).code();
    assertThat(statusOf(above, township.as(Role.QUALITY_OFFICER))).isEqualTo(404);
    assertThat(statusOf(new SurveyCode("NO-SUCH-SURVEY"), township.as(Role.QUALITY_OFFICER)))
        .isEqualTo(404);
    assertThat(
            mvc.perform(
                    get("/api/v1/staff/surveys/not a code/results")
                        .with(user(township.as(Role.QUALITY_OFFICER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void theStaffSurveyIsForTheQualityOfficerHeadAndAdministratorOnly() throws Exception {
    SurveyView staffSurvey = SurveyFixtures.open(context, township, "staff", 3);
    surveys.answerAsStaff(
        township.as(Role.CASE_OFFICER), staffSurvey.code(), staffAnswers(staffSurvey, 4));
    Set<Role> readers = EnumSet.of(Role.QUALITY_OFFICER, Role.AGENCY_HEAD, Role.AGENCY_ADMIN);
    for (Role role : Role.values()) {
      assertThat(statusOf(staffSurvey.code(), township.as(role)))
          .as(role.name())
          .isEqualTo(readers.contains(role) ? 200 : 404);
    }
    assertThat(statusOf(staffSurvey.code(), county.as(Role.QUALITY_OFFICER))).isEqualTo(404);
    mvc.perform(
            get("/api/v1/staff/surveys/" + staffSurvey.code().value() + "/results")
                .param("unit", String.valueOf(township.unit().id()))
                .with(user(township.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("unit"));
    assertThatThrownBy(
            () ->
                results.results(
                    township.as(Role.AGENCY_HEAD),
                    staffSurvey.code(),
                    new ResultsFilter(null, null, null, "SVC-X", null)))
        .isInstanceOf(InvalidFields.class);
    assertThat(
            results
                .results(township.as(Role.AGENCY_HEAD), staffSurvey.code(), ResultsFilter.ALL)
                .n())
        .isEqualTo(1);
  }

  private static java.util.Map<String, Object> staffAnswers(SurveyView survey, int points) {
    java.util.Map<String, Object> answers = new java.util.LinkedHashMap<>();
    survey.questionnaire().likertQuestions().forEach(q -> answers.put(q.id(), points));
    return answers;
  }
}
