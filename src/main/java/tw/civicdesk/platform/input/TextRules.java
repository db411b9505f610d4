// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import tw.civicdesk.platform.error.MalformedRequestException;

/**
 * How one value is checked: its {@link TextKind} and length limit, read from the annotations of the
 * property or parameter it is bound to, and the refusal {@link TextCheck} answers with.
 *
 * @param kind free text or a single line
 * @param maxLength the most code points allowed
 */
record TextRules(TextKind kind, int maxLength) {

  /** Free text up to the global maximum: what a value without annotations gets. */
  static final TextRules DEFAULT = new TextRules(TextKind.TEXT, TextCheck.DEFAULT_MAX_LENGTH);

  /** A single line up to the global maximum: path variables, headers, parameter names. */
  static final TextRules LINE = new TextRules(TextKind.LINE, TextCheck.DEFAULT_MAX_LENGTH);

  /**
   * The rules for a value bound to something carrying these annotations: {@link SingleLine}, {@link
   * PathVariable}, {@link RequestHeader} and {@link CookieValue} make it a line; a {@link Size}
   * with a smaller {@code max} lowers the limit.
   */
  static TextRules of(Function<Class<? extends Annotation>, @Nullable Annotation> annotations) {
    boolean line =
        annotations.apply(SingleLine.class) != null
            || annotations.apply(PathVariable.class) != null
            || annotations.apply(RequestHeader.class) != null
            || annotations.apply(CookieValue.class) != null;
    int max = TextCheck.DEFAULT_MAX_LENGTH;
    if (annotations.apply(Size.class) instanceof Size size && size.max() < max) {
      max = size.max();
    }
    return new TextRules(line ? TextKind.LINE : TextKind.TEXT, max);
  }

  /**
   * Checks {@code value}.
   *
   * @param field the field to name in the refusal, or {@code null} when the caller names it
   * @return {@code value} unchanged
   * @throws MalformedRequestException (400) with the {@link TextProblem}'s key
   */
  <T extends @Nullable CharSequence> T check(T value, @Nullable String field) {
    TextProblem problem = TextCheck.problem(value, kind, maxLength).orElse(null);
    if (problem == null) {
      return value;
    }
    Object[] arguments = problem == TextProblem.TOO_LONG ? new Object[] {maxLength} : new Object[0];
    throw field == null
        ? new MalformedRequestException(problem.messageKey(), arguments)
        : new MalformedRequestException(field, problem.messageKey(), arguments);
  }
}
