// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A case number (案號): the agency's code, the day of receipt and that day's sequence number at the
 * agency, e.g. {@code YILAN-JIAOXI-20260213-00042}. Unique and never reused.
 */
public record CaseNumber(String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{1,31}-\\d{8}-\\d{5,}");
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * @throws IllegalArgumentException when {@code value} is not a well-formed case number
   */
  public CaseNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Malformed case number");
    }
  }

  /** The number of the {@code sequence}-th case received by {@code agency} on {@code day}. */
  public static CaseNumber of(AgencyCode agency, LocalDate day, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("Sequences start at 1");
    }
    return new CaseNumber(
        agency.value() + "-" + DAY.format(day) + "-" + String.format("%05d", sequence));
  }

  /** The agency that received the case: everything before the date and sequence. */
  public AgencyCode agency() {
    int sequence = value.lastIndexOf('-');
    return new AgencyCode(value.substring(0, value.lastIndexOf('-', sequence - 1)));
  }

  /**
   * The number as people read it out: the date and the sequence in groups of four and five, e.g.
   * {@code YILAN-JIAOXI-2026 0213-00042}. {@link #parse} takes it back.
   */
  public String grouped() {
    int sequence = value.lastIndexOf('-');
    int day = value.lastIndexOf('-', sequence - 1);
    return value.substring(0, day + 5) + " " + value.substring(day + 5);
  }

  /**
   * Parses user input: white space anywhere is dropped (so the {@link #grouped} form and a number
   * typed with spaces are taken) and letters are upper-cased; {@code empty} when it is not a case
   * number.
   */
  public static java.util.Optional<CaseNumber> parse(
      @org.jspecify.annotations.Nullable String raw) {
    return raw != null && isValid(raw)
        ? java.util.Optional.of(new CaseNumber(normalise(raw)))
        : java.util.Optional.empty();
  }

  /** Whether {@code raw}, read as {@link #parse} reads it, is a well-formed case number. */
  public static boolean isValid(String raw) {
    return raw != null && raw.length() <= 80 && FORMAT.matcher(normalise(raw)).matches();
  }

  private static String normalise(String raw) {
    return WHITE_SPACE.matcher(raw).replaceAll("").toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
