// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.Questionnaire;

/**
 * The error summary's lines for a page asking a questionnaire: each problem with the question it is
 * about ("第 3 題：請回答這一題。"), so that a list of several "answer this question" says which. The
 * messages beside the fields stay as they are.
 */
final class ErrorSummary {

  private ErrorSummary() {}

  /** {@code errors} by field name, each message led by its question's number or field's name. */
  static Map<String, String> of(
      Map<String, String> errors,
      Questionnaire questionnaire,
      MessageSource messages,
      Locale locale) {
    List<Question> questions = questionnaire.questions();
    Map<String, String> lines = new LinkedHashMap<>();
    errors.forEach(
        (field, message) -> {
          int n = -1;
          for (int i = 0; i < questions.size(); i++) {
            if (field.equals("answers." + questions.get(i).id())) {
              n = i + 1;
            }
          }
          String label =
              n > 0
                  ? messages.getMessage(
                      "survey-builder.entry.error-question", new Object[] {n}, locale)
                  : messages.getMessage("survey-builder.entry.field." + field, null, field, locale);
          lines.put(
              field,
              messages.getMessage(
                  "survey-builder.error-for", new Object[] {label, message}, locale));
        });
    return lines;
  }
}
