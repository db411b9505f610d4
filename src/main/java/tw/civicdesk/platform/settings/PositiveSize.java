// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.settings;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The annotated {@link DataSize} is at least one byte. {@code null} is valid (use {@code @NotNull}
 * beside it).
 */
@Documented
@Constraint(validatedBy = PositiveSize.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveSize {

  /** The message of a violation. */
  String message() default "must be a size of at least 1B";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Compares the size with one byte. */
  final class Validator implements ConstraintValidator<PositiveSize, DataSize> {

    /** A validator (Jakarta Validation creates it). */
    public Validator() {
      // Stateless.
    }

    @Override
    public boolean isValid(@Nullable DataSize value, ConstraintValidatorContext context) {
      return value == null || value.toBytes() > 0;
    }
  }
}
