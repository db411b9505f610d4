// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable code of an agency, e.g. {@code YILAN-JIAOXI}: 2 to 32 upper-case ASCII letters, digits
 * and hyphens, starting with a letter. Codes appear in URLs and APIs and never change.
 *
 * @param value the canonical (upper-case) code
 */
public record AgencyCode(String value) implements java.io.Serializable {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

  /**
   * @throws IllegalArgumentException when {@code value} is not a well-formed code
   */
  public AgencyCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Malformed agency code");
    }
  }

  /** Parses user input leniently (trims, upper-cases); throws like the constructor. */
  public static AgencyCode of(String raw) {
    return new AgencyCode(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
  }

  /** Whether {@code raw} would parse. */
  public static boolean isValid(String raw) {
    return raw != null && FORMAT.matcher(raw.trim().toUpperCase(Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
