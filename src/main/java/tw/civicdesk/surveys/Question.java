// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One question of a questionnaire.
 *
 * @param id stable within the survey across its versions, 1 to 20 of {@code a-z 0-9 -}; the key of
 *     an answer
 * @param dimension for a Likert question, the code of a {@link StandardDimension} or of one of the
 *     questionnaire's own dimensions; {@code null} for any other kind
 * @param notApplicable whether "not applicable" (不適用) may be answered; Likert questions only
 * @param choices for a single- or multiple-choice question, 2 to 20; else empty
 * @param min for a number question, the lowest accepted value, if any
 * @param max for a number question, the highest accepted value, if any
 */
public record Question(
    String id,
    QuestionKind kind,
    @Nullable String dimension,
    boolean required,
    boolean notApplicable,
    BilingualText text,
    List<Choice> choices,
    @Nullable BigDecimal min,
    @Nullable BigDecimal max) {

  /** The longest free-text answer, in characters. */
  public static final int TEXT_MAX = 2000;

  public Question {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /** A Likert question of {@code kind} in {@code dimension}. */
  public static Question likert(
      String id, QuestionKind kind, String dimension, boolean notApplicable, BilingualText text) {
    return new Question(id, kind, dimension, true, notApplicable, text, List.of(), null, null);
  }

  /** An optional free-text question. */
  public static Question text(String id, BilingualText text) {
    return new Question(id, QuestionKind.TEXT, null, false, false, text, List.of(), null, null);
  }

  /** A required single-choice question. */
  public static Question single(String id, BilingualText text, List<Choice> choices) {
    return new Question(id, QuestionKind.SINGLE, null, true, false, text, choices, null, null);
  }

  /** The choice with {@code code}, if the question has it. */
  public @Nullable Choice choice(String code) {
    return choices.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
  }
}
