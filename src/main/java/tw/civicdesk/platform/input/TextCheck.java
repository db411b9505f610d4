// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form-field check: whether one value of a form field, query parameter, path segment, header or
 * JSON string may go further towards the database. Pure and thread-safe.
 *
 * <p>Refused everywhere: C0 controls (U+0000–U+001F, NUL included) except tab, line feed and
 * carriage return in {@link TextKind#TEXT}; DEL and the C1 controls (U+007F–U+009F); a lone UTF-16
 * surrogate; more than {@code maxLength} characters (code points). Refused in {@link TextKind#LINE}
 * only: tab, line feed, carriage return, and the bidi embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069). Everything else passes: every script, full-width forms, emoji,
 * the bidi marks (U+200E, U+200F, U+061C), zero-width joiners, private use and unassigned code
 * points. Whether a value means anything is the domain's business.
 */
public final class TextCheck {

  /** The longest value anything accepts, unless a field declares less (ADR 0027). */
  public static final int DEFAULT_MAX_LENGTH = 20_000;

  private TextCheck() {}

  /**
   * The first problem of {@code value}, or empty when it may pass.
   *
   * @param value the text; {@code null} passes (absence is the domain's to judge)
   * @param kind free text or a single line
   * @param maxLength the most code points allowed, at least 0
   * @return the problem found first, scanning from the start; {@link TextProblem#TOO_LONG} as soon
   *     as the length is known to exceed {@code maxLength}
   */
  public static Optional<TextProblem> problem(
      @Nullable CharSequence value, TextKind kind, int maxLength) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > 2L * maxLength) {
      return Optional.of(TextProblem.TOO_LONG);
    }
    int codePoints = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return Optional.of(TextProblem.LONE_SURROGATE);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return Optional.of(TextProblem.LONE_SURROGATE);
      } else {
        TextProblem problem = problemOf(c, kind);
        if (problem != null) {
          return Optional.of(problem);
        }
      }
      if (++codePoints > maxLength) {
        return Optional.of(TextProblem.TOO_LONG);
      }
    }
    return Optional.empty();
  }

  /** {@link #problem(CharSequence, TextKind, int)} with {@link #DEFAULT_MAX_LENGTH}. */
  public static Optional<TextProblem> problem(@Nullable CharSequence value, TextKind kind) {
    return problem(value, kind, DEFAULT_MAX_LENGTH);
  }

  /** Whether {@code value} passes. */
  public static boolean accepts(@Nullable CharSequence value, TextKind kind, int maxLength) {
    return problem(value, kind, maxLength).isEmpty();
  }

  private static @Nullable TextProblem problemOf(char c, TextKind kind) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return kind == TextKind.LINE ? TextProblem.LINE_BREAK : null;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return TextProblem.CONTROL_CHARACTER;
    }
    if (kind == TextKind.LINE && isBidiControl(c)) {
      return TextProblem.BIDI_CONTROL;
    }
    return null;
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
