// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable code of a service, unique across CivicDesk, e.g. {@code JIAOXI-LOW-INCOME-CERT}: 3 to
 * 64 upper-case ASCII letters, digits and hyphens, starting with a letter.
 */
public record ServiceCode(String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{2,63}");

  /**
   * @throws IllegalArgumentException when {@code value} is not well formed
   */
  public ServiceCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Malformed service code");
    }
  }

  /** Whether {@code raw}, trimmed and upper-cased, is a well-formed code. */
  public static boolean isValid(String raw) {
    return raw != null && FORMAT.matcher(raw.strip().toUpperCase(Locale.ROOT)).matches();
  }

  /** Parses user input leniently (trims, upper-cases); throws like the constructor. */
  public static ServiceCode of(String raw) {
    return new ServiceCode(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
