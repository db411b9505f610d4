// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued messages from the outbox, after the transactions that queued them committed.
 * Contract of {@link #dispatchDue()}:
 *
 * <ul>
 *   <li>messages are claimed in batches ({@code civicdesk.notification.batch}), per channel, each
 *       batch sent and marked in its own transaction; the rows stay locked ({@code for update skip
 *       locked}) from claim to mark, so concurrent runs, on this node or another, never send one
 *       message twice;
 *   <li>a sent message is {@code SENT} with {@code sent_at}; a failed send counts an attempt and
 *       waits {@link NotificationSettings#delayAfter} before the next; after the maximum number of
 *       attempts, or at once when the address is refused for good, it is {@code FAILED}; staff of
 *       the case are told in the console of a message given up ({@link UndeliveredNotices}); a
 *       message whose one-time secret (a link's token, a confirmation code) expired before it could
 *       be sent is given up unsent, and nobody is told;
 *   <li>a secret is put into a message only as it is sent, and a one-time secret is dropped from
 *       the outbox once the message is sent or given up (ADR 0028); housekeeping deletes old
 *       messages ({@code civicdesk.notification.retention});
 *   <li>a channel that is off (no mail server, SMS gateway {@code off}) leaves its messages {@code
 *       QUEUED}.
 * </ul>
 *
 * A crash between sending and marking sends the message again on the next run; its id lets the
 * receiver drop the duplicate. Spring's scheduler runs it every {@code civicdesk.notification.poll}
 * ({@link NotificationConfiguration}).
 */
@Component
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  /** The most batches one run sends per channel before yielding to the next poll. */
  private static final int MAX_BATCHES_PER_RUN = 100;

  private final Outbox outbox;
  private final UndeliveredNotices undelivered;
  private final List<MessageChannel> channels;
  private final NotificationSettings settings;
  private final Clock clock;
  private final TransactionTemplate transaction;

  NotificationDispatcher(
      Outbox outbox,
      UndeliveredNotices undelivered,
      NotificationConfiguration.Channels channels,
      NotificationSettings settings,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.outbox = outbox;
    this.undelivered = undelivered;
    this.channels = channels.all();
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Sends what is due now on every enabled channel, batch after batch until none is left (or a
   * run's cap is reached).
   *
   * @return how many messages were sent
   */
  public int dispatchDue() {
    int sent = 0;
    for (MessageChannel channel : channels) {
      for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
        Batch batch = Objects.requireNonNull(transaction.execute(status -> sendBatch(channel)));
        sent += batch.sent();
        if (batch.claimed() < settings.batch() || batch.sent() == 0) {
          break;
        }
      }
    }
    return sent;
  }

  private record Batch(int claimed, int sent) {}

  /** Claims, sends and marks one batch of due messages of {@code channel}. */
  private Batch sendBatch(MessageChannel channel) {
    Instant now = clock.instant();
    int expired = outbox.expireSecrets(channel.channel(), now);
    if (expired > 0) {
      LOG.info(
          "{} {} notification(s) given up: their one-time secret expired",
          expired,
          channel.channel());
    }
    List<MessageChannel.Outgoing> due = outbox.claim(channel.channel(), now, settings.batch());
    if (due.isEmpty()) {
      return new Batch(0, 0);
    }
    List<MessageChannel.Outcome> outcomes = channel.send(due);
    int sent = 0;
    for (int i = 0; i < due.size(); i++) {
      MessageChannel.Outgoing message = due.get(i);
      MessageChannel.Outcome outcome =
          i < outcomes.size() ? outcomes.get(i) : new MessageChannel.Failed("NoOutcome", false);
      if (outcome instanceof MessageChannel.Sent s) {
        outbox.sent(message.id(), s.providerRef(), now);
        sent++;
      } else if (outcome instanceof MessageChannel.Failed f) {
        failed(message, f, now);
      }
    }
    LOG.debug("{} of {} {} notification(s) sent", sent, due.size(), channel.channel());
    return new Batch(due.size(), sent);
  }

  /** Counts a failed attempt; the stored error names the failure only, never an address. */
  private void failed(MessageChannel.Outgoing message, MessageChannel.Failed failure, Instant now) {
    int attempts = message.attempts() + 1;
    boolean giveUp = failure.permanent() || attempts >= settings.maxAttempts();
    outbox
        .failed(
            message.id(),
            attempts,
            giveUp ? null : now.plus(settings.delayAfter(attempts)),
            failure.error(),
            now)
        .ifPresent(caseNumber -> undelivered.tell(caseNumber, message.messageId()));
    LOG.warn(
        "Notification {} not sent (attempt {}, {}){}",
        message.messageId(),
        attempts,
        failure.error(),
        giveUp ? ": given up" : "");
  }
}
