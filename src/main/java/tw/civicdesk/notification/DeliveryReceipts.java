// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery receipts (送達回報) from an SMS gateway or mail provider: they move a sent message to {@link
 * DeliveryStatus#DELIVERED}, {@link DeliveryStatus#FAILED} or {@link DeliveryStatus#BOUNCED} along
 * {@link DeliveryStatus#acceptsReceipt}. A repeated receipt changes nothing and is answered as
 * accepted (gateways retry). A failure or bounce is told to the case's staff in the console ({@link
 * UndeliveredNotices}). The caller authenticates with the key {@code civicdesk.sms.callback-key};
 * without one configured, every receipt is refused.
 */
@Service
public class DeliveryReceipts {

  private final Outbox outbox;
  private final UndeliveredNotices undelivered;
  private final Clock clock;
  private final byte[] key;

  DeliveryReceipts(Outbox outbox, UndeliveredNotices undelivered, Clock clock, SmsSettings sms) {
    this.outbox = outbox;
    this.undelivered = undelivered;
    this.clock = clock;
    this.key = sms.callbackKey().getBytes(StandardCharsets.UTF_8);
  }

  /** What became of a receipt. */
  public enum Result {
    /** The status changed. */
    UPDATED,
    /** The message already had this status. */
    UNCHANGED,
    /** No message has this id or reference. */
    UNKNOWN,
    /** The message's status does not accept it (not sent yet, or already final). */
    REFUSED
  }

  /** Whether {@code presented} is the configured callback key (compared in constant time). */
  public boolean authenticates(@Nullable String presented) {
    return key.length > 0
        && presented != null
        && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Records that the message {@code messageId} (or, without one, the message the gateway knows as
   * {@code providerRef}) reached {@code status} at {@code at} (now when {@code null}).
   *
   * @param error the gateway's reason for a failure, e.g. an error code; no personal data
   */
  @Transactional
  public Result record(
      @Nullable UUID messageId,
      @Nullable String providerRef,
      DeliveryStatus status,
      @Nullable Instant at,
      @Nullable String error) {
    Optional<Outbox.Stored> found = outbox.lockForReceipt(messageId, providerRef);
    if (found.isEmpty()) {
      return Result.UNKNOWN;
    }
    Outbox.Stored message = found.get();
    if (message.status() == status) {
      return Result.UNCHANGED;
    }
    if (!message.status().acceptsReceipt(status)) {
      return Result.REFUSED;
    }
    String reason = error == null ? null : error.substring(0, Math.min(error.length(), 64));
    outbox.receipt(message.messageId(), status, at == null ? clock.instant() : at, reason);
    if (status != DeliveryStatus.DELIVERED) {
      undelivered.tell(message.caseNumber(), message.messageId());
    }
    return Result.UPDATED;
  }
}
