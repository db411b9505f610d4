// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form property, request parameter or JSON field (a record component) as a single-line
 * value: {@link TextCheck} then checks it as {@link TextKind#LINE} — no tab or line break, no bidi
 * embedding, override or isolate control. Path variables and request headers are always
 * single-line; everything else is free text unless marked. A {@code jakarta.validation}
 * {@code @Size(max = n)} beside it lowers the length limit for that field in the same check.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface SingleLine {}
