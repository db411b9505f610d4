// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.throttle.Limit;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * The kiosks' two limits in the one {@link Throttle} (ADR 0024, 0046): answers per kiosk and hour
 * ({@code civicdesk.surveys.kiosk-per-hour}), counted per device because a kiosk is one client
 * address; and activation links that find no waiting kiosk, per client address, as many as every
 * other door that takes a secret allows ({@code civicdesk.tracking.max-failures} in {@code
 * civicdesk.tracking.window}). Call outside a transaction.
 */
@Component
class KioskLimits {

  private final Throttle throttle;
  private final Limit answers;
  private final Limit links;

  KioskLimits(Throttle throttle, SurveySettings settings, KioskLinkSettings links) {
    this.throttle = throttle;
    this.answers =
        new Limit(
            "kiosk-answers", settings.kioskPerHour(), Duration.ofHours(1), "survey-kiosk.too-many");
    this.links =
        new Limit(
            "kiosk-links", links.maxFailures(), links.window(), "survey-kiosk.links-too-many");
  }

  /**
   * Counts one answer of kiosk {@code kioskId}.
   *
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the kiosk has recorded its
   *     answers of the hour; nothing is counted then
   */
  void answer(long kioskId) {
    throttle.take(answers, List.of("kiosk:" + kioskId));
  }

  /**
   * Looks an activation link up as a guess from {@code clientAddress}: a link that finds no kiosk
   * waiting counts against the address.
   *
   * @throws tw.civicdesk.platform.error.TooManyRequestsException after too many failures in the
   *     window, before the lookup
   */
  <T> Optional<T> link(String clientAddress, Supplier<Optional<T>> lookup) {
    return throttle.guess(links, List.of(Throttle.address(clientAddress)), lookup);
  }
}
