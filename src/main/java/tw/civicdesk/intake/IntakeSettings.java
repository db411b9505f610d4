// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of intake; published so that the privacy notice states the retention that is enforced.
 *
 * @param anonymousPerHour {@code civicdesk.intake.anonymous-per-hour}: applications one client
 *     address may send an hour without signing in, online form and API together, every request
 *     counted (default 30; ADR 0024); the limit of the door {@value #ANONYMOUS_DOOR}
 * @param idempotencyRetention {@code civicdesk.intake.idempotency-retention}: how long an
 *     idempotency key answers with its first receipt before housekeeping deletes it (default 7
 *     days)
 */
@ConfigurationProperties("civicdesk.intake")
@Validated
public record IntakeSettings(
    @DefaultValue("30") @Positive int anonymousPerHour,
    @DefaultValue("7d") @DurationMin(seconds = 1) Duration idempotencyRetention) {

  /** The name of the anonymous door of filing ({@code @AnonymousLimit(door = …)}). */
  public static final String ANONYMOUS_DOOR = "intake";
}
