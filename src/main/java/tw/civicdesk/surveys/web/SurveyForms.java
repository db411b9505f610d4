// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.Questionnaire;

/**
 * What a page asking a survey's questions with the fragment {@code surveys/questions} needs: the
 * answers a form posted, by question id, and the field errors as localized messages by field name.
 *
 * <p>The fragment names each question's inputs {@code answers[<questionId>]}; {@link
 * #answers(HttpServletRequest)} reads them back as {@link tw.civicdesk.surveys.Answers#check} takes
 * them (a list of strings per question, blank ones included so that the page can show them again);
 * {@link #summary} words the error summary's lines.
 */
public final class SurveyForms {

  /** The start of every answer's parameter name: {@code answers[<questionId>]}. */
  public static final String PREFIX = "answers[";

  private SurveyForms() {}

  /** The answers posted in {@code request}, by question id, in the order they came. */
  public static Map<String, List<String>> answers(HttpServletRequest request) {
    return answers(request.getParameterMap());
  }

  /** The answers among {@code parameters}, by question id, in the order they came. */
  public static Map<String, List<String>> answers(Map<String, String[]> parameters) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    parameters.forEach(
        (name, values) -> {
          if (name.startsWith(PREFIX)
              && name.endsWith("]")
              && name.length() > PREFIX.length() + 1) {
            answers.put(name.substring(PREFIX.length(), name.length() - 1), List.of(values));
          }
        });
    return answers;
  }

  /**
   * The lines of the error summary at the top of a page: each error of {@code errors} (by field
   * name, in order) with the number and the text of the question it is about — "2. The staff were
   * courteous: Answer this question." — so that the summary says which question; an error of
   * another field keeps its message.
   */
  public static Map<String, String> summary(
      Map<String, String> errors,
      Questionnaire questionnaire,
      MessageSource messages,
      Locale locale) {
    Map<String, String> summary = new LinkedHashMap<>();
    List<Question> questions = questionnaire.questions();
    errors.forEach(
        (field, message) -> {
          int index = -1;
          for (int i = 0; i < questions.size(); i++) {
            if (field.equals("answers." + questions.get(i).id())) {
              index = i;
            }
          }
          summary.put(
              field,
              index < 0
                  ? message
                  : messages.getMessage(
                      "survey-pages.error-summary.question",
                      new Object[] {index + 1, questions.get(index).text().in(locale), message},
                      locale));
        });
    return summary;
  }

  /** Each problem's message in {@code locale}, by field name ({@code answers.<questionId>}). */
  public static Map<String, String> errors(
      InvalidFields invalid, MessageSource messages, Locale locale) {
    return errors(invalid.problems(), messages, locale);
  }

  /** Each problem's message in {@code locale}, by field name, the first one of a field kept. */
  public static Map<String, String> errors(
      List<FieldProblem> problems, MessageSource messages, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      errors.putIfAbsent(
          p.field(), messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
    }
    return errors;
  }
}
