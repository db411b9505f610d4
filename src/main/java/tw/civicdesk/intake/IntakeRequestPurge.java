// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Housekeeping of idempotency keys: a key is answered with its first receipt for {@code
 * civicdesk.intake.idempotency-retention} (7 days by default) after it was first used — long past
 * any client's retries and any double-clicked form — and then deleted, so the table does not grow
 * by a row per application for ever. A key used again after that files a new application.
 */
@Component
class IntakeRequestPurge implements Purge {

  private final IntakeRequests requests;
  private final Duration retention;

  IntakeRequestPurge(IntakeRequests requests, IntakeSettings settings) {
    this.requests = requests;
    this.retention = settings.idempotencyRetention();
  }

  @Override
  public String name() {
    return "intake-idempotency-keys";
  }

  @Override
  public int purge(Instant now) {
    return requests.purgeBefore(now.minus(retention));
  }
}
