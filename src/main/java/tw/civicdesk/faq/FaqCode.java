// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The stable code of an FAQ entry, unique across CivicDesk and part of its public address {@code
 * /faq/{code}}, e.g. {@code JX-FAQ-STREETLIGHT}: 3 to 64 upper-case ASCII letters, digits and
 * hyphens, starting with a letter; {@code NEW}, {@code FEEDBACK} and {@code CATEGORIES} are
 * reserved.
 */
public record FaqCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{2,63}");

  /** Words the console's addresses use beside {@code /console/faq/{code}}: never a code. */
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("NEW", "FEEDBACK", "CATEGORIES");

  /**
   * @throws IllegalArgumentException when {@code value} is not well formed
   */
  public FaqCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Malformed FAQ code");
    }
  }

  /** Reads user input leniently (trimmed, upper-cased); empty when it is no code. */
  public static Optional<FaqCode> parse(@Nullable String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String code = raw.strip().toUpperCase(Locale.ROOT);
    return FORMAT.matcher(code).matches() && !RESERVED.contains(code)
        ? Optional.of(new FaqCode(code))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
