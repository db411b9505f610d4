// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A case number (案號): the agency's code, the day of receipt and that day's sequence number at
 * the agency, e.g. {@code YILAN-JIAOXI-20260213-00042}. Unique and never reused.
 */
public record CaseNumber(String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{1,31}-\\d{8}-\\d{5,}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** @throws IllegalArgumentException when {@code value} is not a well-formed case number */
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
    return new CaseNumber(agency.value() + "-" + DAY.format(day) + "-"
        + String.format("%05d", sequence));
  }

  /** The agency that received the case: everything before the date and sequence. */
  public AgencyCode agency() {
    int sequence = value.lastIndexOf('-');
    return new AgencyCode(value.substring(0, value.lastIndexOf('-', sequence - 1)));
  }

  /** Parses user input (trimmed, upper-cased); {@code empty} when it is not a case number. */
  public static java.util.Optional<CaseNumber> parse(@org.jspecify.annotations.Nullable String raw) {
    return raw != null && isValid(raw)
        ? java.util.Optional.of(new CaseNumber(raw.strip().toUpperCase(java.util.Locale.ROOT)))
        : java.util.Optional.empty();
  }

  /** Whether {@code raw} (trimmed, upper-cased) is a well-formed case number. */
  public static boolean isValid(String raw) {
    return raw != null && FORMAT.matcher(raw.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
