// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the outbox and its dispatcher; published so that the privacy notice states the
 * retention that is enforced.
 *
 * @param poll {@code civicdesk.notification.poll}: the pause between two runs of the dispatcher
 *     (default 2 s)
 * @param backoff {@code civicdesk.notification.backoff}: the wait after the first failed send,
 *     doubled with every further failure, at most {@link #MAX_DELAY} (default 10 s)
 * @param maxAttempts {@code civicdesk.notification.max-attempts}: failed sends after which a
 *     message is marked failed (default 10)
 * @param batch {@code civicdesk.notification.batch}: the messages claimed, sent and marked in one
 *     transaction (default 100)
 * @param retention {@code civicdesk.notification.retention}: how long a message no longer waiting
 *     is kept after its last status change before housekeeping deletes it (default 180 days)
 */
@ConfigurationProperties("civicdesk.notification")
@Validated
public record NotificationSettings(
    @DefaultValue("2s") @DurationMin(millis = 1) Duration poll,
    @DefaultValue("10s") @DurationMin(millis = 1) Duration backoff,
    @DefaultValue("10") @Positive int maxAttempts,
    @DefaultValue("100") @Positive int batch,
    @DefaultValue("180d") @DurationMin(seconds = 1) Duration retention) {

  /** The longest wait between two attempts. */
  static final Duration MAX_DELAY = Duration.ofHours(1);

  /** The wait after the {@code attempts}-th failed attempt: backoff · 2^(attempts−1), capped. */
  Duration delayAfter(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration delay = backoff.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }
}
