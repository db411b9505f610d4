// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry delay doubles from the backoff with every failed attempt and stops at one hour. */
class NotificationSettingsTests {

  @Test
  void theDelayDoublesWithEveryFailedAttemptAndIsCappedAtOneHour() {
    NotificationSettings settings =
        new NotificationSettings(
            Duration.ofSeconds(2), Duration.ofSeconds(10), 10, 20, Duration.ofDays(180));
    assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.delayAfter(5)).isEqualTo(Duration.ofSeconds(160));
    assertThat(settings.delayAfter(9)).isEqualTo(Duration.ofSeconds(2560));
    assertThat(settings.delayAfter(10)).isEqualTo(Duration.ofHours(1));
    assertThat(settings.delayAfter(200)).isEqualTo(Duration.ofHours(1));
  }
}
