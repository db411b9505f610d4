// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A survey is built from the library, opened and answered through each channel; a version with
 * answers never changes; a case is rated once; a staff member answers once, and nothing names them.
 */
@IntegrationTest
class SurveysTests {

  @Autowired ApplicationContext context;
  @Autowired Surveys surveys;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("SURV", null);
  }

  long responses(SurveyCode code) {
    return jdbc.sql(
            "select count(*) from survey_response r join survey s on s.id = r.survey_id"
                + " where s.code = ?")
        .param(code.value())
        .query(Long.class)
        .single();
  }

  @Test
  void aDraftTakesNoAnswerAndAnOpenSurveyRecordsTheChannelAndTheVersion() {
    SurveyCode code = SurveyFixtures.code("DRAFT");
    var template = SurveyTemplates.find("counter").orElseThrow();
    surveys.create(
        agency.as(Role.QUALITY_OFFICER),
        new SurveyCommands.Create(
            agency.code(), code, template.purpose(), 30, template.questionnaire()));
    var answer =
        new SurveyCommands.Answer(
            code, SurveyChannel.QR, agency.unit().id(), null, SurveyFixtures.counterAnswers(4));

    assertThatThrownBy(() -> surveys.answer(answer)).isInstanceOf(Surveys.SurveyNotFound.class);
    assertThat(surveys.openFor(agency.code())).isEmpty();

    surveys.open(agency.as(Role.QUALITY_OFFICER), code);
    Recorded recorded = surveys.answer(answer);

    assertThat(recorded).isEqualTo(new Recorded(code, 1, SurveyChannel.QR));
    assertThat(surveys.openFor(agency.code())).extracting(SurveyView::code).containsExactly(code);
    Map<String, Object> row =
        jdbc.sql(
                "select r.channel, r.unit_id, r.answered_on, r.case_number from survey_response r"
                    + " join survey s on s.id = r.survey_id where s.code = ?")
            .param(code.value())
            .query()
            .singleRow();
    assertThat(row.get("channel")).isEqualTo("QR");
    assertThat(row.get("unit_id")).isEqualTo(agency.unit().id());
    assertThat(row.get("case_number")).isNull();
  }

  @Test
  void aBadAnswerIsRefusedWholeAndChangesNothing() {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    Map<String, Object> answers = SurveyFixtures.counterAnswers(4);
    answers.put("overall", 6);

    assertThatThrownBy(
            () ->
                surveys.answer(
                    new SurveyCommands.Answer(
                        survey.code(), SurveyChannel.ONLINE, null, null, answers)))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field() + ":" + p.messageKey())
                    .containsExactly("answers.overall:surveys.answer.out-of-scale"));
    assertThat(responses(survey.code())).isZero();
  }

  @Test
  void aRevisionAfterAnswersIsANewVersionAndOldAnswersKeepTheirs() {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    var officer = agency.as(Role.QUALITY_OFFICER);
    Questionnaire first = survey.questionnaire();
    Questionnaire retitled =
        new Questionnaire(
            new BilingualText("櫃台滿意度", "Counter"), first.intro(), first.questions(), List.of());

    assertThat(surveys.revise(officer, survey.code(), retitled).version())
        .as("no answers yet: changed in place")
        .isEqualTo(1);
    surveys.answer(
        new SurveyCommands.Answer(
            survey.code(), SurveyChannel.ONLINE, null, null, SurveyFixtures.counterAnswers(5)));
    Questionnaire shorter =
        new Questionnaire(retitled.title(), null, retitled.questions().subList(0, 3), List.of());
    SurveyView revised = surveys.revise(officer, survey.code(), shorter);

    assertThat(revised.version()).isEqualTo(2);
    Question overallAsText = Question.text("overall", new BilingualText("整體", "Overall"));
    assertThatThrownBy(
            () ->
                surveys.revise(
                    officer,
                    survey.code(),
                    new Questionnaire(retitled.title(), null, List.of(overallAsText), List.of())))
        .as("an id keeps its kind across versions")
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field() + ":" + p.messageKey())
                    .containsExactly("questions[0].kind:surveys.questionnaire.kind-kept"));
    assertThat(revised.questionnaire().questions()).hasSize(3);
    assertThat(surveys.versions(officer, survey.code()).get(1).questions())
        .hasSize(first.questions().size());
    assertThat(
            jdbc.sql(
                    "select version from survey_response r join survey s on s.id = r.survey_id"
                        + " where s.code = ?")
                .param(survey.code().value())
                .query(Integer.class)
                .list())
        .containsExactly(1);
  }

  @Test
  void aDecidedCaseIsRatedOnceAndTheAnswerKeepsItsServiceAndUnitButNoApplicant() {
    SurveyFixtures.open(context, agency, "post-case", 30);
    CaseFixtures cases = CaseFixtures.of(context, agency, new ServiceCode("SURVEY-SERVICE"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
    CaseNumber n =
        cases
            .fileOnline(
                CaseFixtures.byEmail("rate@example.invalid", java.util.Locale.TAIWAN), today)
            .number();
    CaseWork.HeldReceipt receipt =
        work.held(n.value(), work.verificationCode(n), "10.9.9.9").orElseThrow();
    Map<String, Object> answers =
        Map.of("in-time", 5, "result-clear", 4, "officer", "NA", "tracking", 4, "overall", 5);

    assertThatThrownBy(() -> surveys.answerAfterCase(receipt, answers))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("surveys.case-not-decided"));

    var head = agency.as(Role.UNIT_HEAD);
    var stepped = cases.inProgress(n);
    work.decide(
        head, new CaseCommand.Decide(n, stepped.version(), Decision.APPROVED, "符合資格", null));
    assertThat(surveys.postCaseSurveyFor(receipt)).isPresent();
    surveys.answerAfterCase(receipt, answers);

    assertThat(surveys.postCaseSurveyFor(receipt)).isEmpty();
    assertThatThrownBy(() -> surveys.answerAfterCase(receipt, answers))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("surveys.case-answered"));
    Map<String, Object> row =
        jdbc.sql(
                "select channel, case_number, unit_id, service_code from survey_response"
                    + " where case_number = ?")
            .param(n.value())
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("channel", "CASE")
        .containsEntry("unit_id", agency.unit().id())
        .containsEntry("service_code", "SURVEY-SERVICE");
  }

  @Test
  void aStaffMemberAnswersTheStaffSurveyOnceAndNothingStoredNamesThem() {
    SurveyView survey = SurveyFixtures.open(context, agency, "staff", 5);
    var clerk = agency.as(Role.COUNTER_CLERK);
    Map<String, Object> answers =
        Map.of(
            "workplace",
            4,
            "training",
            3,
            "systems",
            2,
            "supervisor",
            5,
            "teamwork",
            4,
            "overall",
            4);

    assertThat(surveys.staffSurveys(clerk))
        .singleElement()
        .extracting(Surveys.StaffSurvey::answered)
        .isEqualTo(false);
    surveys.answerAsStaff(clerk, survey.code(), answers);

    assertThat(surveys.staffSurveys(clerk))
        .singleElement()
        .extracting(Surveys.StaffSurvey::answered)
        .isEqualTo(true);
    assertThatThrownBy(() -> surveys.answerAsStaff(clerk, survey.code(), answers))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("surveys.staff-answered"));
    Map<String, Object> row =
        jdbc.sql(
                "select channel, unit_id, service_code, case_number, kiosk_id, client_key"
                    + " from survey_response r join survey s on s.id = r.survey_id where s.code = ?")
            .param(survey.code().value())
            .query()
            .singleRow();
    assertThat(row).containsEntry("channel", "STAFF");
    assertThat(row.values().stream().filter(java.util.Objects::nonNull)).hasSize(1);
    assertThatThrownBy(
            () ->
                surveys.answer(
                    new SurveyCommands.Answer(
                        survey.code(), SurveyChannel.ONLINE, null, null, answers)))
        .as("a staff survey takes no public answer")
        .isInstanceOf(Surveys.SurveyNotFound.class);
  }

  @Test
  void anotherAgencysStaffReachNoSurveyAndOnlyTheQualityOfficerBuilds() {
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("SURVX", null);

    assertThatThrownBy(
            () ->
                surveys.enter(
                    other.as(Role.COUNTER_CLERK),
                    new SurveyCommands.Enter(
                        survey.code(),
                        SurveyChannel.PAPER,
                        null,
                        null,
                        SurveyFixtures.counterAnswers(3))))
        .isInstanceOf(Surveys.SurveyNotFound.class);
    assertThatThrownBy(() -> surveys.close(agency.as(Role.COUNTER_CLERK), survey.code()))
        .isInstanceOf(Surveys.SurveyNotFound.class);
    surveys.enter(
        agency.as(Role.COUNTER_CLERK),
        new SurveyCommands.Enter(
            survey.code(), SurveyChannel.PHONE, null, null, SurveyFixtures.counterAnswers(3)));
    assertThat(responses(survey.code())).isEqualTo(1);
  }
}
