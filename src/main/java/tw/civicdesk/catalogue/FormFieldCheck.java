// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.identity.NationalId;

/**
 * The check of the values an applicant gave for a service's {@link FormField}s. Immutable; build it
 * with {@link #of}.
 *
 * <p>Every value is first stripped of surrounding white space (a value that is then empty counts as
 * not given). The rules, with the message key of the {@link FieldProblem}:
 *
 * <ul>
 *   <li>a required field not given: {@code catalogue.field.required};
 *   <li>a value under a name that is no field: {@code catalogue.field.unknown};
 *   <li>{@link FieldType#TEXT} longer than {@value #MAX_TEXT}, {@link FieldType#PARAGRAPH} longer
 *       than {@value #MAX_PARAGRAPH} and {@link FieldType#ADDRESS} longer than {@value
 *       #MAX_ADDRESS} characters (Unicode code points): {@code catalogue.field.too-long} with the
 *       maximum as argument;
 *   <li>{@link FieldType#NUMBER} not a decimal number ({@code 12}, {@code -3}, {@code 0.5}: ASCII
 *       digits, at most 18 before and 9 after the point, no sign but {@code -}, no exponent, no
 *       grouping): {@code catalogue.field.number};
 *   <li>{@link FieldType#DATE} not an existing date written {@code yyyy-MM-dd}: {@code
 *       catalogue.field.date};
 *   <li>{@link FieldType#CHOICE} not the value of one of the field's choices: {@code
 *       catalogue.field.choice};
 *   <li>{@link FieldType#NATIONAL_ID} not accepted by {@link NationalId#isValid} (national ID, old
 *       or 2021 resident certificate, check digit included): {@code catalogue.field.national-id}.
 * </ul>
 */
public final class FormFieldCheck {

  /** Longest {@link FieldType#TEXT} value, in characters. */
  public static final int MAX_TEXT = 500;

  /** Longest {@link FieldType#PARAGRAPH} value, in characters. */
  public static final int MAX_PARAGRAPH = 2000;

  /** Longest {@link FieldType#ADDRESS} value, in characters. */
  public static final int MAX_ADDRESS = 200;

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,9})?");
  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

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

  private final Map<String, FieldProblem> errors;
  private final Map<String, String> normalized;

  private FormFieldCheck(Map<String, FieldProblem> errors, Map<String, String> normalized) {
    this.errors = Collections.unmodifiableMap(errors);
    this.normalized = Collections.unmodifiableMap(normalized);
  }

  /**
   * Checks {@code values} against {@code fields}.
   *
   * @param fields the fields of the service version applied for, in form order
   * @param values the applicant's values by field name; {@code null} values count as not given
   * @return the outcome; never {@code null}
   * @throws NullPointerException when {@code fields} or {@code values} is {@code null}
   */
  public static FormFieldCheck of(List<FormField> fields, Map<String, String> values) {
    Map<String, FieldProblem> errors = new LinkedHashMap<>();
    Map<String, String> normalized = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    for (FormField field : fields) {
      known.add(field.name());
      String value = stripped(values.get(field.name()));
      if (value.isEmpty()) {
        if (field.required()) {
          errors.put(field.name(), FieldProblem.of("catalogue.field.required"));
        }
        continue;
      }
      FieldProblem problem = problem(field, value);
      if (problem != null) {
        errors.put(field.name(), problem);
      }
      normalized.put(field.name(), normalize(field.type(), value));
    }
    values.keySet().stream()
        .filter(name -> name != null && !known.contains(name))
        .sorted()
        .forEach(name -> errors.put(name, FieldProblem.of("catalogue.field.unknown")));
    return new FormFieldCheck(errors, normalized);
  }

  /** Whether every value is acceptable: {@link #errors()} is empty. */
  public boolean ok() {
    return errors.isEmpty();
  }

  /**
   * The problems by field name: first the fields' in form order, then unknown names in alphabetical
   * order. Empty when {@link #ok()}. Unmodifiable.
   */
  public Map<String, FieldProblem> errors() {
    return errors;
  }

  /**
   * The values given for the fields, in form order: stripped of surrounding white space, national
   * IDs in canonical form (upper case, half-width); fields left empty and unknown names are left
   * out. Meant to be stored when {@link #ok()}. Unmodifiable.
   */
  public Map<String, String> normalized() {
    return normalized;
  }

  private static @Nullable FieldProblem problem(FormField field, String value) {
    return switch (field.type()) {
      case TEXT -> maxLength(value, MAX_TEXT);
      case PARAGRAPH -> maxLength(value, MAX_PARAGRAPH);
      case ADDRESS -> maxLength(value, MAX_ADDRESS);
      case NUMBER ->
          NUMBER.matcher(value).matches() ? null : FieldProblem.of("catalogue.field.number");
      case DATE -> isDate(value) ? null : FieldProblem.of("catalogue.field.date");
      case CHOICE -> field.offers(value) ? null : FieldProblem.of("catalogue.field.choice");
      case NATIONAL_ID ->
          NationalId.isValid(value) ? null : FieldProblem.of("catalogue.field.national-id");
    };
  }

  private static @Nullable FieldProblem maxLength(String value, int max) {
    return value.codePointCount(0, value.length()) > max
        ? FieldProblem.of("catalogue.field.too-long", max)
        : null;
  }

  private static boolean isDate(String value) {
    if (!DATE_SHAPE.matcher(value).matches()) {
      return false;
    }
    try {
      LocalDate.parse(value, DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String normalize(FieldType type, String value) {
    if (type == FieldType.NATIONAL_ID) {
      return NationalId.isValid(value)
          ? NationalId.parse(value).value()
          : value.toUpperCase(Locale.ROOT);
    }
    return value;
  }

  private static String stripped(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
