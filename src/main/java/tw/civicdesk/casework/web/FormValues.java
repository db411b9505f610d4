// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tw.civicdesk.catalogue.FormField;

/**
 * A case's form values as the case page lists them: in the order of the form fields of the service
 * version the case was filed under, each by its label, national IDs and addresses masked — or, in
 * the audited view of personal data, {@link #revealed unmasked}; values without a field (none are
 * expected) come last, under their name and masked entirely.
 */
final class FormValues {

  private FormValues() {}

  /** One line of the list. */
  record Shown(String label, String value) {}

  static List<Shown> of(Map<String, String> values, List<FormField> fields, Locale locale) {
    return list(values, fields, locale, false);
  }

  /** The values unmasked; only after the read was audited ({@code CaseEngine.personalData}). */
  static List<Shown> revealed(Map<String, String> values, List<FormField> fields, Locale locale) {
    return list(values, fields, locale, true);
  }

  /** The names of the fields whose values are personal data (shown masked until revealed). */
  static List<String> personal(List<FormField> fields) {
    return fields.stream().filter(f -> f.type().personalData()).map(FormField::name).toList();
  }

  private static List<Shown> list(
      Map<String, String> values, List<FormField> fields, Locale locale, boolean reveal) {
    Map<String, String> left = new LinkedHashMap<>(values);
    List<Shown> shown = new ArrayList<>();
    for (FormField field : fields) {
      String value = left.remove(field.name());
      if (value != null) {
        shown.add(
            new Shown(
                field.label().in(locale),
                reveal ? field.revealed(value, locale) : field.display(value, locale)));
      }
    }
    left.forEach((name, value) -> shown.add(new Shown(name, "*".repeat(value.length()))));
    return shown;
  }
}
