// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Housekeeping of the outbox: a message no longer waiting (sent, delivered, failed, bounced) whose
 * status last changed more than {@code civicdesk.notification.retention} ago (180 days by default)
 * is deleted — with it the recipient's address and the text, which are personal data, and its line
 * under "Messages to the applicant" on the case page. A queued message is never deleted. Deletes in
 * batches of {@value #BATCH}, each on its own.
 */
@Component
class OutboxPurge implements Purge {

  static final int BATCH = 10_000;

  private final Outbox outbox;
  private final Duration retention;

  OutboxPurge(Outbox outbox, NotificationSettings settings) {
    this.outbox = outbox;
    this.retention = settings.retention();
  }

  @Override
  public String name() {
    return "notification-outbox";
  }

  @Override
  public int purge(Instant now) {
    Instant cutoff = now.minus(retention);
    int total = 0;
    int deleted;
    do {
      deleted = outbox.purge(cutoff, BATCH);
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }
}
