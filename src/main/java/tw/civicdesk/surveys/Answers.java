// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * Checks raw answers against a questionnaire, as they come from a JSON body ({@code {"q1": 4, "q2":
 * "NA", "q3": ["a", "c"], "q4": "…"}}) or a form (strings, or several strings for a multiple
 * choice), into {@link AnswerValue}s.
 *
 * <p>Rules: a Likert answer is a whole number from 1 to the scale, or {@link #NOT_APPLICABLE} where
 * the question allows it; a single choice one of the question's codes; a multiple choice one or
 * more of them (each once); a number a decimal within the question's bounds; a text at most {@link
 * Question#TEXT_MAX} characters that passes the form-field check. A blank answer is no answer; a
 * required question without an answer, an answer to a question the questionnaire does not have, and
 * any answer breaking its rule are field problems named {@code answers.<questionId>}, all reported
 * at once, and nothing is stored.
 */
public final class Answers {

  /** The answer that says "not applicable" (不適用) to a Likert question. */
  public static final String NOT_APPLICABLE = "NA";

  private Answers() {}

  /**
   * The checked answers, in the questionnaire's order.
   *
   * @throws InvalidFields naming every answer that breaks a rule
   */
  public static Map<String, AnswerValue> check(Questionnaire questionnaire, Map<String, ?> raw) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String id : raw.keySet()) {
      if (questionnaire.question(id).isEmpty()) {
        problems.add(problem(id, "surveys.answer.unknown-question"));
      }
    }
    Map<String, AnswerValue> answers = new LinkedHashMap<>();
    for (Question question : questionnaire.questions()) {
      List<String> values = values(raw.get(question.id()));
      if (values.isEmpty()) {
        if (question.required()) {
          problems.add(problem(question.id(), "surveys.answer.required"));
        }
        continue;
      }
      try {
        answers.put(question.id(), answer(question, values));
      } catch (Refused refused) {
        problems.add(refused.problem);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return answers;
  }

  private static AnswerValue answer(Question question, List<String> values) {
    QuestionKind kind = question.kind();
    if (kind != QuestionKind.MULTIPLE && values.size() > 1) {
      throw refused(question.id(), "surveys.answer.one-value");
    }
    String value = values.get(0);
    return switch (kind) {
      case LIKERT5, LIKERT4 -> likert(question, value);
      case SINGLE -> {
        if (question.choice(value) == null) {
          throw refused(question.id(), "surveys.answer.choice");
        }
        yield AnswerValue.chosen(List.of(value));
      }
      case MULTIPLE -> {
        LinkedHashSet<String> chosen = new LinkedHashSet<>(values);
        if (chosen.size() != values.size()
            || chosen.stream().anyMatch(c -> question.choice(c) == null)) {
          throw refused(question.id(), "surveys.answer.choice");
        }
        yield AnswerValue.chosen(List.copyOf(chosen));
      }
      case NUMBER -> AnswerValue.number(number(question, value));
      case TEXT -> {
        if (!TextCheck.accepts(value, TextKind.TEXT, Question.TEXT_MAX)) {
          throw new Refused(
              new FieldProblem(
                  "answers." + question.id(), "surveys.answer.text", List.of(Question.TEXT_MAX)));
        }
        yield AnswerValue.text(value.strip());
      }
    };
  }

  private static AnswerValue likert(Question question, String value) {
    if (value.toUpperCase(Locale.ROOT).equals(NOT_APPLICABLE)) {
      if (!question.notApplicable()) {
        throw refused(question.id(), "surveys.answer.not-applicable");
      }
      return AnswerValue.notApplicableAnswer();
    }
    int scale = question.kind().scale();
    try {
      BigDecimal points = new BigDecimal(value);
      if (points.stripTrailingZeros().scale() <= 0
          && points.compareTo(BigDecimal.ONE) >= 0
          && points.compareTo(BigDecimal.valueOf(scale)) <= 0) {
        return AnswerValue.points(points.intValue());
      }
    } catch (NumberFormatException e) {
      // answered below as out of scale
    }
    throw new Refused(
        new FieldProblem(
            "answers." + question.id(), "surveys.answer.out-of-scale", List.of(1, scale)));
  }

  private static BigDecimal number(Question question, String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw refused(question.id(), "surveys.answer.number");
    }
    if (number.precision() - number.scale() > 12 || number.scale() > 4) {
      throw refused(question.id(), "surveys.answer.number");
    }
    if ((question.min() != null && number.compareTo(question.min()) < 0)
        || (question.max() != null && number.compareTo(question.max()) > 0)) {
      throw new Refused(
          new FieldProblem(
              "answers." + question.id(),
              "surveys.answer.bounds",
              List.of(
                  question.min() == null ? "-" : question.min().toPlainString(),
                  question.max() == null ? "-" : question.max().toPlainString())));
    }
    return number;
  }

  /** The raw answer as strings: none for null or blank, one per element of an array. */
  private static List<String> values(@Nullable Object raw) {
    List<String> values = new ArrayList<>();
    if (raw instanceof Collection<?> many) {
      many.forEach(v -> add(values, v));
    } else if (raw instanceof Object[] many) {
      for (Object v : many) {
        add(values, v);
      }
    } else {
      add(values, raw);
    }
    return values;
  }

  private static void add(List<String> values, @Nullable Object value) {
    if (value == null) {
      return;
    }
    String text =
        value instanceof BigDecimal d
            ? d.toPlainString()
            : value instanceof Double || value instanceof Float
                ? BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString()
                : value.toString();
    if (!text.isBlank()) {
      values.add(text);
    }
  }

  private static Refused refused(String questionId, String key) {
    return new Refused(problem(questionId, key));
  }

  private static FieldProblem problem(String questionId, String key) {
    return new FieldProblem("answers." + questionId, key, List.of());
  }

  /** One answer broke its rule. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient FieldProblem problem;

    Refused(FieldProblem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }
}
