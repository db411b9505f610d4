// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the surveys.
 *
 * @param anonymousPerHour {@code civicdesk.surveys.anonymous-per-hour}: answers one client address
 *     may send an hour through the online link, a QR poster or the public API (default 20; ADR
 *     0024); the limit of the door {@value #ANSWER_DOOR}
 * @param kioskIdleSeconds {@code civicdesk.surveys.kiosk-idle-seconds}: after this long untouched a
 *     kiosk clears a half-filled answer and starts again (default 60)
 * @param kioskPerHour {@code civicdesk.surveys.kiosk-per-hour}: answers one registered kiosk may
 *     record an hour (default 120, one every 30 seconds); beyond it the kiosk is refused with 429
 *     until the hour has passed. A kiosk is one client address, so it is limited per device, not
 *     per address (ADR 0046)
 */
@ConfigurationProperties("civicdesk.surveys")
@Validated
public record SurveySettings(
    @DefaultValue("20") @Positive int anonymousPerHour,
    @DefaultValue("60") @Positive int kioskIdleSeconds,
    @DefaultValue("120") @Positive int kioskPerHour) {

  /** The anonymous door of answering through the online link, a poster or the API. */
  public static final String ANSWER_DOOR = "surveys";
}
