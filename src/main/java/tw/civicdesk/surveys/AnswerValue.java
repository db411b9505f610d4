// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One checked answer to one question: exactly one of Likert points, "not applicable", a number, the
 * chosen choice codes or a text is set, as the question's kind says.
 */
public record AnswerValue(
    @Nullable Integer points,
    boolean notApplicable,
    @Nullable BigDecimal number,
    List<String> choices,
    @Nullable String text) {

  public AnswerValue {
    choices = List.copyOf(choices);
  }

  static AnswerValue points(int points) {
    return new AnswerValue(points, false, null, List.of(), null);
  }

  static AnswerValue notApplicableAnswer() {
    return new AnswerValue(null, true, null, List.of(), null);
  }

  static AnswerValue number(BigDecimal number) {
    return new AnswerValue(null, false, number, List.of(), null);
  }

  static AnswerValue chosen(List<String> choices) {
    return new AnswerValue(null, false, null, choices, null);
  }

  static AnswerValue text(String text) {
    return new AnswerValue(null, false, null, List.of(), text);
  }
}
