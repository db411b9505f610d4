// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.Surveys;

/**
 * A counter survey with seven answers whose figures {@code SurveyResultsTests} works out by hand:
 * version 1 asks clean (ENVIRONMENT, N/A allowed), seats (ENVIRONMENT, N/A allowed), polite
 * (COURTESY) and overall (OVERALL); version 2 drops seats and adds wait (MEASURES).
 *
 * <pre>
 *      day         channel unit  version clean seats polite overall wait  service
 *  R1  2026-01-10  QR      A     1       5     4     5      5       -     SVC-RES
 *  R2  2026-01-20  ONLINE  -     1       3     NA    4      4       -     SVC-RES
 *  R3  2026-02-01  PAPER   B     1       NA    NA    2      2       -
 *  R4  2026-02-28  PHONE   B     1       4     5     3      3       -
 *  R5  2026-04-01  QR      A     1       2     1     5      4       -
 *  R6  2026-04-30  QR      B     1       5     NA    4      5       -
 *  R7  2026-05-15  ONLINE  A     2       4     -     4      4       3
 * </pre>
 */
final class ResultsFixtures {

  /** The service code R1 and R2 are counted for. */
  static final String SERVICE = "SVC-RES";

  private ResultsFixtures() {}

  /** What {@link #survey} made. */
  record Made(SurveyCode code, TestOrganisation.Setup agency, Unit unitA, Unit unitB) {}

  static Questionnaire first() {
    return new Questionnaire(
        new BilingualText("櫃台服務滿意度", "Counter satisfaction"),
        null,
        List.of(
            likert("clean", "ENVIRONMENT", true, "環境整潔", "The office is clean"),
            likert("seats", "ENVIRONMENT", true, "座位充足", "There are enough seats"),
            likert("polite", "COURTESY", false, "態度親切", "Staff are polite"),
            likert("overall", "OVERALL", false, "整體滿意", "Overall")),
        List.of());
  }

  static Questionnaire second() {
    return new Questionnaire(
        new BilingualText("櫃台服務滿意度", "Counter satisfaction"),
        null,
        List.of(
            likert("clean", "ENVIRONMENT", true, "環境整潔", "The office is clean"),
            likert("polite", "COURTESY", false, "態度親切", "Staff are polite"),
            likert("wait", "MEASURES", false, "等候時間合理", "The wait is reasonable"),
            likert("overall", "OVERALL", false, "整體滿意", "Overall"),
            Question.text("comment", new BilingualText("其他建議", "Anything else"))),
        List.of());
  }

  private static Question likert(String id, String dimension, boolean na, String zh, String en) {
    return Question.likert(id, QuestionKind.LIKERT5, dimension, na, new BilingualText(zh, en));
  }

  /** The survey of the table above, in a fresh agency (below {@code parent} if given). */
  static Made survey(ApplicationContext context, TestOrganisation.Setup agency, int tooFew) {
    Surveys surveys = context.getBean(Surveys.class);
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    Unit unitA = agency.unit();
    Unit unitB = TestOrganisation.from(context).unit(agency, "U2");
    SurveyCode code = SurveyFixtures.code("RES");
    var officer = agency.as(Role.QUALITY_OFFICER);
    surveys.create(
        officer,
        new SurveyCommands.Create(agency.code(), code, SurveyPurpose.COUNTER, tooFew, first()));
    surveys.open(officer, code);
    Answering a = new Answering(surveys, jdbc, agency, code);
    a.answer("2026-01-10", SurveyChannel.QR, unitA.id(), SERVICE, 5, 4, 5, 5);
    a.answer("2026-01-20", SurveyChannel.ONLINE, null, SERVICE, 3, null, 4, 4);
    a.answer("2026-02-01", SurveyChannel.PAPER, unitB.id(), null, null, null, 2, 2);
    a.answer("2026-02-28", SurveyChannel.PHONE, unitB.id(), null, 4, 5, 3, 3);
    a.answer("2026-04-01", SurveyChannel.QR, unitA.id(), null, 2, 1, 5, 4);
    a.answer("2026-04-30", SurveyChannel.QR, unitB.id(), null, 5, null, 4, 5);
    surveys.revise(officer, code, second());
    Map<String, Object> v2 = new LinkedHashMap<>();
    v2.put("clean", 4);
    v2.put("polite", 4);
    v2.put("wait", 3);
    v2.put("overall", 4);
    a.record("2026-05-15", SurveyChannel.ONLINE, unitA.id(), null, v2);
    return new Made(code, agency, unitA, unitB);
  }

  /** Records answers, then dates them (answers are stored with today's date). */
  record Answering(
      Surveys surveys, JdbcClient jdbc, TestOrganisation.Setup agency, SurveyCode code) {

    void answer(
        String day,
        SurveyChannel channel,
        @Nullable Long unit,
        @Nullable String service,
        @Nullable Integer clean,
        @Nullable Integer seats,
        int polite,
        int overall) {
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("clean", clean == null ? "NA" : clean);
      answers.put("seats", seats == null ? "NA" : seats);
      answers.put("polite", polite);
      answers.put("overall", overall);
      record(day, channel, unit, service, answers);
    }

    void record(
        String day,
        SurveyChannel channel,
        @Nullable Long unit,
        @Nullable String service,
        Map<String, Object> answers) {
      if (SurveyChannel.ENTERED.contains(channel)) {
        surveys.enter(
            agency.as(Role.COUNTER_CLERK),
            new SurveyCommands.Enter(code, channel, unit, null, answers));
      } else {
        surveys.answer(new SurveyCommands.Answer(code, channel, unit, null, answers));
      }
      jdbc.sql(
              """
              update survey_response set answered_on = ?, service_code = ?
               where id = (select max(r.id) from survey_response r join survey s
                             on s.id = r.survey_id where s.code = ?)
              """)
          .params(LocalDate.parse(day), service, code.value())
          .update();
    }
  }
}
