// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.settings;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The annotated string is a cron expression db-scheduler accepts (six fields, seconds first, e.g.
 * {@code 0 30 7 * * MON-FRI}), or {@code -}, which turns the task off. {@code null} is valid (use
 * {@code @NotNull} beside it).
 */
@Documented
@Constraint(validatedBy = CronOrOff.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CronOrOff {

  /** The message of a violation. */
  String message() default "must be a cron expression of six fields (seconds first) or -";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Parses the value as db-scheduler will. */
  final class Validator implements ConstraintValidator<CronOrOff, String> {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    /** A validator (Jakarta Validation creates it). */
    public Validator() {
      // Stateless.
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        Schedules.cron(value, TAIPEI);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
