// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TEMPORARY shim until the form-fields branch lands; replaced by it. */
public final class FormFieldCheck {
  private final Map<String, FieldProblem> errors = new LinkedHashMap<>();
  private final Map<String, String> normalized = new LinkedHashMap<>();

  public record FieldProblem(String messageKey, List<Object> args) {}

  public static FormFieldCheck of(List<FormField> fields, Map<String, String> values) {
    FormFieldCheck c = new FormFieldCheck();
    values.forEach((k, v) -> c.errors.put(k, new FieldProblem("catalogue.field.unknown", List.of())));
    return c;
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  public Map<String, FieldProblem> errors() {
    return errors;
  }

  public Map<String, String> normalized() {
    return normalized;
  }
}
