// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A survey's code, unique across CivicDesk and shown in links and on posters, e.g. {@code
 * JIAOXI-COUNTER}: 3 to 40 upper-case letters, digits and hyphens, starting with a letter.
 */
public record SurveyCode(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9-]{2,39}");

  public SurveyCode {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not a survey code: " + value);
    }
  }

  /** Whether {@code raw} is a well-formed code (after upper-casing). */
  public static boolean isValid(@Nullable String raw) {
    return raw != null && FORM.matcher(raw).matches();
  }

  /** The code of {@code raw} as typed (upper-cased), or {@code null} when it cannot be one. */
  public static @Nullable SurveyCode parse(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String upper = raw.strip().toUpperCase(Locale.ROOT);
    return isValid(upper) ? new SurveyCode(upper) : null;
  }

  @Override
  public String toString() {
    return value;
  }
}
