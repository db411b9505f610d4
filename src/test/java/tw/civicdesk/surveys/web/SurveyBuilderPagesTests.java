// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.MultiValueMap;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.SurveyBuilding;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyStatus;
import tw.civicdesk.surveys.SurveyTemplates;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The quality officer builds a survey from the library on the console's form: every problem of the
 * questionnaire is shown beside its field and nothing is stored until it is fit; the buttons that
 * change the form's shape store nothing; a revision after answers is a new version the page
 * announces beforehand; only the agency's quality officer and administrator reach the builder.
 */
@IntegrationTest
class SurveyBuilderPagesTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Surveys surveys;
  @Autowired SurveyBuilding building;

  TestOrganisation.Setup agency;
  StaffPrincipal officer;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("SBLD", null);
    officer = agency.as(Role.QUALITY_OFFICER);
  }

  private MultiValueMap<String, String> counterTemplate(SurveyCode code) {
    MultiValueMap<String, String> params =
        BuilderParams.of(SurveyTemplates.find("counter").orElseThrow().questionnaire());
    params.add("agency", agency.code().value());
    params.add("template", "counter");
    params.add("code", code.value());
    params.add("purpose", "");
    params.add("tooFewBelow", "40");
    return params;
  }

  private ResultActions post(String path, StaffPrincipal as, MultiValueMap<String, String> params)
      throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .with(csrf())
            .with(user(as))
            .params(params));
  }

  private String page(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  @Test
  void aSurveyFromTheCounterTemplateShowsEachProblemBesideItsFieldThenIsSavedAndOpened()
      throws Exception {
    String start =
        page(
            mvc.perform(
                    get("/console/surveys/new")
                        .param("agency", agency.code().value())
                        .param("template", "counter")
                        .with(user(officer)))
                .andExpect(status().isOk()));
    assertThat(start).contains("臨櫃服務滿意度調查").contains(agency.code().value() + "-COUNTER");

    SurveyCode code = SurveyFixtures.code("BLD");
    MultiValueMap<String, String> broken =
        BuilderParams.with(
            counterTemplate(code),
            Map.of(
                "title.en", "",
                "questions[0].dimension", "",
                "questions[9].choices[1].code", "first",
                "questions[2].text.zh", "",
                "tooFewBelow", "0"));
    String refused =
        page(
            post("/console/surveys/new", officer, broken)
                .andExpect(status().isUnprocessableContent()));

    assertThat(refused)
        .contains("id=\"title-en-error\"")
        .contains("id=\"questions-0-dimension-error\"")
        .contains("id=\"questions-9-choices-error\"")
        .contains("id=\"questions-2-text-zh-error\"")
        .contains("id=\"tooFewBelow-error\"")
        .contains("href=\"#questions-9-choices\"")
        .contains("第 10 題選項");
    assertThat(surveys.find(code)).as("nothing stored while problems remain").isEmpty();

    post("/console/surveys/new", officer, counterTemplate(code))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/console/surveys/" + code.value() + "/build"));
    SurveyView created = surveys.find(code).orElseThrow();
    assertThat(created.status()).isEqualTo(SurveyStatus.DRAFT);
    assertThat(created.purpose()).isEqualTo(SurveyPurpose.COUNTER);
    assertThat(created.tooFewBelow()).isEqualTo(40);
    assertThat(created.questionnaire())
        .isEqualTo(SurveyTemplates.find("counter").orElseThrow().questionnaire());

    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/console/surveys/" + code.value() + "/status")
                .param("to", "OPEN")
                .with(csrf())
                .with(user(officer)))
        .andExpect(status().is3xxRedirection());
    assertThat(surveys.find(code).orElseThrow().status()).isEqualTo(SurveyStatus.OPEN);
  }

  @Test
  void theShapeButtonsChangeOnlyTheFormAndANewQuestionTakesAnIdNoVersionUsed() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    String build = "/console/surveys/" + survey.code().value() + "/build";
    MultiValueMap<String, String> params = BuilderParams.of(survey.questionnaire());

    String added =
        page(
            post(
                    build,
                    officer,
                    BuilderParams.with(
                        params, Map.of("action", "add-question", "newKind", "SINGLE")))
                .andExpect(status().isOk()));
    assertThat(added)
        .contains("第 12 題（題目代碼 q1）")
        .contains("name=\"questions[11].choices[1].code\"")
        .contains("尚未儲存");

    String moved =
        page(post(build, officer, BuilderParams.with(params, Map.of("action", "down:0"))));
    assertThat(moved.indexOf("value=\"env-facilities\""))
        .isLessThan(moved.indexOf("value=\"env-clean\""));

    String removed =
        page(post(build, officer, BuilderParams.with(params, Map.of("action", "remove:8"))));
    assertThat(removed).doesNotContain("value=\"overall\"").contains("沒有整體滿意度題目，分析將不顯示整體滿意度");

    assertThat(surveys.find(survey.code()).orElseThrow().questionnaire())
        .as("nothing stored by a shape button")
        .isEqualTo(survey.questionnaire());
    assertThat(surveys.versions(officer, survey.code())).hasSize(1);
  }

  @Test
  void savingAfterAnswersMakesTheNextVersionWhichThePageAnnouncesBeforehand() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    surveys.answer(
        new SurveyCommands.Answer(
            survey.code(), SurveyChannel.QR, null, null, SurveyFixtures.counterAnswers(4)));
    String build = "/console/surveys/" + survey.code().value() + "/build";

    assertThat(page(mvc.perform(get(build).with(user(officer))).andExpect(status().isOk())))
        .contains("已有 1 份填答，儲存後將成為第 2 版，舊填答保留原版本");

    MultiValueMap<String, String> rekinded =
        BuilderParams.with(
            BuilderParams.of(survey.questionnaire()), Map.of("questions[9].kind", "MULTIPLE"));
    assertThat(page(post(build, officer, rekinded).andExpect(status().isUnprocessableContent())))
        .as("a question keeps its kind across versions, said beside the kind")
        .contains("id=\"questions-9-kind-error\"");
    assertThat(surveys.find(survey.code()).orElseThrow().version()).isEqualTo(1);

    MultiValueMap<String, String> retitled =
        BuilderParams.with(
            BuilderParams.of(survey.questionnaire()),
            Map.of("title.zh", "櫃台服務滿意度（新版）", "action", "save"));
    post(build, officer, retitled).andExpect(status().is3xxRedirection());

    SurveyView revised = surveys.find(survey.code()).orElseThrow();
    assertThat(revised.version()).isEqualTo(2);
    assertThat(revised.questionnaire().title().zh()).isEqualTo("櫃台服務滿意度（新版）");
    assertThat(building.answersByVersion(officer, survey.code())).isEqualTo(Map.of(1, 1L));
    assertThat(page(mvc.perform(get(build).with(user(officer)))))
        .contains("第 2 版（目前）")
        .contains("臨櫃服務滿意度調查")
        .doesNotContain("儲存後將成為第 3 版");
  }

  @Test
  void anAgencyAdministratorBuildsButAClerkAndAnotherAgencysOfficerGetNotFound() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    String build = "/console/surveys/" + survey.code().value() + "/build";
    StaffPrincipal stranger =
        TestOrganisation.from(context).agency("SBLO", null).as(Role.QUALITY_OFFICER);
    MultiValueMap<String, String> params = BuilderParams.of(survey.questionnaire());

    mvc.perform(get(build).with(user(agency.as(Role.AGENCY_ADMIN)))).andExpect(status().isOk());
    for (StaffPrincipal outsider :
        new StaffPrincipal[] {
          agency.as(Role.COUNTER_CLERK), agency.as(Role.CASE_OFFICER), stranger
        }) {
      mvc.perform(get(build).with(user(outsider))).andExpect(status().isNotFound());
      post(build, outsider, BuilderParams.with(params, Map.of("title.zh", "改掉")))
          .andExpect(status().isNotFound());
      mvc.perform(
              get("/console/surveys/new")
                  .param("agency", agency.code().value())
                  .with(user(outsider)))
          .andExpect(status().isNotFound());
    }
    assertThat(surveys.find(survey.code()).orElseThrow().questionnaire().title().zh())
        .isEqualTo("臨櫃服務滿意度調查");
    mvc.perform(get("/console/surveys").param("agency", agency.code().value()).with(user(stranger)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theListShowsEachRoleOnlyTheLinksItMayUse() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    SurveyView staff = SurveyFixtures.open(context, agency, "staff", 5);
    String c = survey.code().value();
    String s = staff.code().value();

    String clerk =
        page(mvc.perform(get("/console/surveys").with(user(agency.as(Role.COUNTER_CLERK)))));
    assertThat(clerk)
        .contains("/console/surveys/" + c + "/results")
        .contains("/console/surveys/" + c + "/entry")
        .contains("/console/surveys/" + c + "/posters")
        .doesNotContain("/console/surveys/" + c + "/build")
        .doesNotContain("/console/surveys/" + c + "/comments")
        .doesNotContain("/console/surveys/" + s + "/results")
        .doesNotContain("/console/surveys/" + s + "/entry")
        .doesNotContain("/console/surveys/kiosks")
        .doesNotContain("/console/surveys/compare")
        .doesNotContain("/console/surveys/new");
    String quality = page(mvc.perform(get("/console/surveys").with(user(officer))));
    assertThat(quality)
        .contains("/console/surveys/" + c + "/build")
        .contains("/console/surveys/" + c + "/comments")
        .contains("/console/surveys/" + s + "/results")
        .contains("/console/surveys/" + s + "/comments")
        .doesNotContain("/console/surveys/" + s + "/posters")
        .contains("/console/surveys/kiosks")
        .contains("/console/surveys/compare")
        .contains("/console/surveys/new");
  }

  @Test
  void aFormWithMoreRowsThanTheBinderTakesIsRefusedAsAFormNotAFailure() throws Exception {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    MultiValueMap<String, String> params = BuilderParams.of(survey.questionnaire());
    params.add("questions[5000].text.zh", "太多");
    params.add("questions[1].choices[900].code", "x");
    params.add("questions[x].text.zh", "不是數字");

    post("/console/surveys/" + survey.code().value() + "/build", officer, params)
        .andExpect(status().is3xxRedirection());
    assertThat(surveys.find(survey.code()).orElseThrow().questionnaire().questions())
        .extracting(Question::id)
        .hasSize(11);
  }
}
