// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import java.util.List;

/**
 * Several fields of one request are wrong at once, so that a form shows every error next to its
 * field in one go and an API answers them all in the problem's {@code errors} array ({@code
 * [{"field", "code", "detail"}]}). The exception's own key summarises ("check the marked fields").
 */
public class InvalidFields extends InvalidInputException {

  /** One field's error: the field's name as the form or request body names it. */
  public record FieldProblem(String field, String messageKey, List<Object> arguments) {
    public FieldProblem {
      arguments = List.copyOf(arguments);
    }
  }

  private final List<FieldProblem> problems;

  public InvalidFields(List<FieldProblem> problems) {
    super("error.fields.invalid");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("InvalidFields needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every field error, in form order. */
  public List<FieldProblem> problems() {
    return problems;
  }
}
