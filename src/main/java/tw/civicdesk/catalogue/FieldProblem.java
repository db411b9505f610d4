// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one value an applicant gave for a {@link FormField}.
 *
 * @param messageKey the message key, e.g. {@code catalogue.field.too-long}
 * @param args the message's arguments (e.g. the maximum length); never {@code null}
 */
public record FieldProblem(String messageKey, List<Object> args) {

  public FieldProblem {
    Objects.requireNonNull(messageKey, "messageKey");
    args = List.copyOf(args);
  }

  static FieldProblem of(String messageKey, Object... args) {
    return new FieldProblem(messageKey, List.of(args));
  }
}
