// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Surveys for tests: a survey of a test agency made from a template of the library, opened by the
 * agency's quality officer, under a unique code.
 */
public final class SurveyFixtures {

  private SurveyFixtures() {}

  /** A unique survey code starting with {@code prefix} (upper case letters). */
  public static SurveyCode code(String prefix) {
    return new SurveyCode(
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
  }

  /** A survey of {@code agency} from template {@code templateId}, open, with {@code tooFew}. */
  public static SurveyView open(
      ApplicationContext context, TestOrganisation.Setup agency, String templateId, int tooFew) {
    Surveys surveys = context.getBean(Surveys.class);
    SurveyTemplates.SurveyTemplate template = SurveyTemplates.find(templateId).orElseThrow();
    SurveyCode code = code("T");
    surveys.create(
        agency.as(Role.QUALITY_OFFICER),
        new SurveyCommands.Create(
            agency.code(), code, template.purpose(), tooFew, template.questionnaire()));
    return surveys.open(agency.as(Role.QUALITY_OFFICER), code);
  }

  /** Answers every Likert question of the counter template with {@code points}, all else blank. */
  public static Map<String, Object> counterAnswers(int points) {
    Map<String, Object> answers = new java.util.LinkedHashMap<>();
    for (Question q : SurveyTemplates.find("counter").orElseThrow().questionnaire().questions()) {
      if (q.kind().isLikert()) {
        answers.put(q.id(), points);
      }
    }
    return answers;
  }
}
