// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tw.civicdesk.identity.MaskPolicy;
import tw.civicdesk.identity.NationalId;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A field of a service's application form (申請表單欄位) that an applicant fills in when applying,
 * besides name and contact details. Immutable.
 *
 * @param name the machine name, {@code [a-z][a-zA-Z0-9]{0,39}} (e.g. {@code nationalId}); unique
 *     within a service, the key of the applicant's value
 * @param type what kind of value the field takes
 * @param required whether the applicant must fill it in
 * @param label what the applicant reads next to the field
 * @param choices the values to choose from: at least one, with distinct values, exactly when {@code
 *     type} is {@link FieldType#CHOICE}; empty for every other type
 * @throws IllegalArgumentException when any of these rules is broken
 * @throws NullPointerException when a component is {@code null}
 */
public record FormField(
    String name, FieldType type, boolean required, BilingualText label, List<Choice> choices) {

  /** The shape of {@link #name()}. */
  public static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

  public FormField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A field name must match " + NAME + ": " + name);
    }
    choices = List.copyOf(choices);
    if ((type == FieldType.CHOICE) == choices.isEmpty()) {
      throw new IllegalArgumentException(
          "Choices are given for CHOICE fields only, and they" + " need at least one: " + name);
    }
    Set<String> values = new HashSet<>();
    for (Choice choice : choices) {
      if (!values.add(choice.value())) {
        throw new IllegalArgumentException(
            "Two choices of " + name + " have the value " + choice.value());
      }
    }
  }

  /** A field of any type but {@link FieldType#CHOICE}. */
  public static FormField of(String name, FieldType type, boolean required, BilingualText label) {
    return new FormField(name, type, required, label, List.of());
  }

  /**
   * How a stored value of this field reads on a staff page that is not an audited view of personal
   * data: a {@link FieldType#NATIONAL_ID} masked to its first six characters ({@code A12345****},
   * DOMAIN.md §8), an {@link FieldType#ADDRESS} cut after its road ({@link MaskPolicy#address}), a
   * {@link FieldType#CHOICE} by its label in {@code locale}, anything else as it is.
   *
   * @param value a value as {@link FormFieldCheck#normalized()} gave it
   */
  public String display(String value, Locale locale) {
    if (type == FieldType.NATIONAL_ID) {
      return NationalId.isValid(value)
          ? NationalId.parse(value).masked()
          : "*".repeat(value.length());
    }
    if (type == FieldType.ADDRESS) {
      return MaskPolicy.DEFAULT.address(value);
    }
    return revealed(value, locale);
  }

  /**
   * How a stored value reads in an audited view of personal data: unmasked, a {@link
   * FieldType#CHOICE} by its label in {@code locale}. Only for a caller that has written the audit
   * row of the read (ADR 0028).
   *
   * @param value a value as {@link FormFieldCheck#normalized()} gave it
   */
  public String revealed(String value, Locale locale) {
    return choices.stream()
        .filter(c -> c.value().equals(value))
        .findFirst()
        .map(c -> c.label().in(locale))
        .orElse(value);
  }

  /** Whether {@code value} is the value of one of the {@link #choices()}. */
  public boolean offers(String value) {
    return choices.stream().anyMatch(c -> c.value().equals(value));
  }

  /**
   * One option of a {@link FieldType#CHOICE} field.
   *
   * @param value what is stored when the applicant picks it, {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
   * @param label what the applicant reads
   * @throws IllegalArgumentException when the value has another shape
   */
  public record Choice(String value, BilingualText label) {

    /** The shape of {@link #value()}. */
    public static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    public Choice {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
      if (!VALUE.matcher(value).matches()) {
        throw new IllegalArgumentException("A choice value must match " + VALUE + ": " + value);
      }
    }
  }
}
