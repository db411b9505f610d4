// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.Choice;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/** Surveys for the page tests: one with a question of every kind, and counting answers. */
final class EveryKindSurvey {

  private EveryKindSurvey() {}

  /**
   * A general survey asking one question of each kind: a 5-point rating that may be "not
   * applicable" ({@code clean}), a 4-point rating ({@code staff}), one choice ({@code reason}),
   * several choices ({@code heard}), a number from 0 to 600 ({@code minutes}, optional), the
   * overall rating ({@code overall}) and a comment ({@code comment}, optional).
   */
  static Questionnaire everyKind() {
    return new Questionnaire(
        new BilingualText("洽公經驗調查", "Your visit"),
        new BilingualText("請花 1 分鐘回答。", "It takes a minute."),
        List.of(
            new Question(
                "clean",
                QuestionKind.LIKERT5,
                "ENVIRONMENT",
                true,
                true,
                new BilingualText("洽公環境整潔", "The office was clean"),
                List.of(),
                null,
                null),
            Question.likert(
                "staff",
                QuestionKind.LIKERT4,
                "COURTESY",
                false,
                new BilingualText("服務人員態度親切", "The staff were courteous")),
            Question.single(
                "reason",
                new BilingualText("您今天來辦什麼？", "What did you come for?"),
                List.of(
                    new Choice("apply", new BilingualText("申請案件", "To apply")),
                    new Choice("ask", new BilingualText("詢問", "To ask")),
                    new Choice("pick-up", new BilingualText("領件", "To pick up")))),
            new Question(
                "heard",
                QuestionKind.MULTIPLE,
                null,
                true,
                false,
                new BilingualText("您從哪裡得知這項服務？", "Where did you hear of this service?"),
                List.of(
                    new Choice("web", new BilingualText("網站", "The website")),
                    new Choice("friend", new BilingualText("親友", "Family or friends")),
                    new Choice("poster", new BilingualText("海報", "A poster"))),
                null,
                null),
            new Question(
                "minutes",
                QuestionKind.NUMBER,
                null,
                false,
                false,
                new BilingualText("您等候了幾分鐘？", "How many minutes did you wait?"),
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.valueOf(600)),
            Question.likert(
                "overall",
                QuestionKind.LIKERT5,
                "OVERALL",
                false,
                new BilingualText("整體而言，您是否滿意？", "Overall, how satisfied are you?")),
            Question.text("comment", new BilingualText("其他建議", "Anything else?"))),
        List.of());
  }

  /** An open general survey of {@code agency} asking {@link #everyKind()}. */
  static SurveyView openEveryKind(ApplicationContext context, TestOrganisation.Setup agency) {
    Surveys surveys = context.getBean(Surveys.class);
    SurveyCode code = SurveyFixtures.code("PAGE");
    surveys.create(
        agency.as(Role.QUALITY_OFFICER),
        new SurveyCommands.Create(agency.code(), code, SurveyPurpose.GENERAL, 30, everyKind()));
    return surveys.open(agency.as(Role.QUALITY_OFFICER), code);
  }

  /** How many answers survey {@code code} has. */
  static long responses(JdbcClient jdbc, SurveyCode code) {
    return jdbc.sql(
            "select count(*) from survey_response r join survey s on s.id = r.survey_id"
                + " where s.code = ?")
        .param(code.value())
        .query(Long.class)
        .single();
  }
}
