// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers for the peers, comments and indicator tests: recorded through the real door (the online
 * link, or a staff member's own answer), then dated to the day a test needs, since answers take
 * today's date.
 */
public final class PeerFixtures {

  private PeerFixtures() {}

  /** Answers {@code survey} online with {@code answers} and dates the answer {@code on}. */
  public static long answer(
      ApplicationContext context, SurveyView survey, Map<String, ?> answers, LocalDate on) {
    context
        .getBean(Surveys.class)
        .answer(
            new SurveyCommands.Answer(survey.code(), SurveyChannel.ONLINE, null, null, answers));
    return dateLast(context, survey.code(), on);
  }

  /** Dates the latest answer of survey {@code code} {@code on}; its response id. */
  public static long dateLast(ApplicationContext context, SurveyCode code, LocalDate on) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    long id =
        jdbc.sql(
                "select max(r.id) from survey_response r join survey s on s.id = r.survey_id"
                    + " where s.code = ?")
            .param(code.value())
            .query(Long.class)
            .single();
    jdbc.sql("update survey_response set answered_on = ? where id = ?").params(on, id).update();
    return id;
  }

  /** The counter survey's answers: every Likert question {@code points}, and a comment. */
  public static Map<String, Object> counter(int points, String comment) {
    Map<String, Object> answers = new LinkedHashMap<>(SurveyFixtures.counterAnswers(points));
    answers.put("comment", comment);
    return answers;
  }

  /**
   * The counter survey's answers with the overall question {@code overall} and every other Likert
   * question {@code others} ("NA" where a question allows it and {@code others} is 0).
   */
  public static Map<String, Object> counter(int overall, int others) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Question q : SurveyTemplates.find("counter").orElseThrow().questionnaire().questions()) {
      if (q.kind().isLikert()) {
        Object value = others == 0 && q.notApplicable() ? "NA" : Math.max(1, others);
        answers.put(q.id(), q.id().equals("overall") ? overall : value);
      }
    }
    return answers;
  }
}
