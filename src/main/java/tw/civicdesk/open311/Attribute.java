// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One extra question of a service (a GeoReport v2 attribute), e.g. a street light's lamp number.
 *
 * @param code the attribute's code, sent back as {@code attribute[code]}
 * @param datatype what kind of answer it takes
 * @param required whether a request must answer it
 * @param order its place among the service's attributes, from 1
 * @param description the question
 * @param hint how to answer it ({@code datatype_description}), {@code null} for none
 * @param values the choices of a list attribute, in order; empty for the others
 */
public record Attribute(
    String code,
    Datatype datatype,
    boolean required,
    int order,
    BilingualText description,
    @Nullable BilingualText hint,
    List<Choice> values) {

  public Attribute {
    values = List.copyOf(values);
  }

  /** The datatypes of GeoReport v2, named in lower case on the wire. */
  public enum Datatype {
    STRING,
    NUMBER,
    DATETIME,
    TEXT,
    SINGLEVALUELIST,
    MULTIVALUELIST;

    /** The name on the wire, e.g. {@code singlevaluelist}. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One choice of a list attribute: its key and its name. */
  public record Choice(String key, BilingualText name) {}

  /**
   * Whether {@code answers} (one for most datatypes, one or more for a multi-value list) answer
   * this question: a number parses, a date and time is W3C with a time zone, a list answer is one
   * of the keys, text is at most 4,000 characters.
   */
  public boolean accepts(List<String> answers) {
    if (answers.isEmpty() || (datatype != Datatype.MULTIVALUELIST && answers.size() > 1)) {
      return false;
    }
    return answers.stream().allMatch(this::acceptsOne);
  }

  private boolean acceptsOne(String answer) {
    String value = answer.strip();
    if (value.isEmpty() || answer.length() > 4000) {
      return false;
    }
    return switch (datatype) {
      case NUMBER -> isNumber(value);
      case DATETIME -> isDateTime(value);
      case SINGLEVALUELIST, MULTIVALUELIST -> values.stream().anyMatch(v -> v.key().equals(value));
      case STRING -> answer.length() <= 200;
      case TEXT -> true;
    };
  }

  private static boolean isNumber(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDateTime(String value) {
    try {
      OffsetDateTime.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
