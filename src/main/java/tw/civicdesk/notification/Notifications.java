// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's API for messages to citizens: queues them in the outbox. Contract:
 * every queueing method runs in the caller's transaction ({@link Propagation#MANDATORY}; without
 * one it throws), so a message exists exactly when the change it tells of commits; nothing is sent
 * here — the {@link NotificationDispatcher} sends queued messages after the commit. Messages are
 * rendered when queued, in the recipient's language.
 */
@Service
public class Notifications {

  private final Outbox outbox;
  private final MessageRendering rendering;
  private final MessageSecrets secrets;
  private final Clock clock;

  Notifications(Outbox outbox, MessageRendering rendering, MessageSecrets secrets, Clock clock) {
    this.outbox = outbox;
    this.rendering = rendering;
    this.secrets = secrets;
    this.clock = clock;
  }

  /**
   * Queues the receipt (收件確認) of a filed application on {@code channel}: an e-mail with every
   * detail, or an SMS with the number, code, due date and tracking link. The verification code is
   * not stored: it is derived from the case number when the message is sent.
   *
   * @return the message id, the receiver's de-duplication key
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID queueReceipt(ReceiptNotice notice, NoticeChannel channel) {
    return insert(
        NoticeKind.RECEIPT,
        notice.caseNumber(),
        channel,
        notice.recipient(),
        notice.language(),
        rendering.receipt(notice, channel),
        MessageSecret.verificationCodeOf(notice.caseNumber()));
  }

  /** Queues the receipt e-mail; see {@link #queueReceipt(ReceiptNotice, NoticeChannel)}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID queueReceipt(ReceiptNotice notice) {
    return queueReceipt(notice, NoticeChannel.EMAIL);
  }

  /**
   * Queues {@code notice}, due at once. Its {@linkplain Notice#secret() secret}, if any, is not
   * stored with the texts (ADR 0028): a verification code is derived again when the message is
   * sent, a one-time secret is kept only until then.
   *
   * @return the message id, the receiver's de-duplication key
   * @throws IllegalStateException when the notice's texts hold its secret in clear
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID queue(Notice notice) {
    return insert(
        notice.kind(),
        notice.caseNumber(),
        notice.channel(),
        notice.recipient(),
        notice.language(),
        rendering.notice(notice),
        notice.secret());
  }

  private UUID insert(
      NoticeKind kind,
      @org.jspecify.annotations.Nullable String caseNumber,
      NoticeChannel channel,
      String recipient,
      java.util.Locale language,
      MessageRendering.Rendered content,
      @org.jspecify.annotations.Nullable MessageSecret secret) {
    Instant now = clock.instant();
    MessageRendering.Rendered stored = content;
    if (secret != null) {
      String value = secrets.value(secret);
      MessageSecrets.requireHidden(content, value);
      stored = content.countedWith(value);
    }
    return outbox.insert(
        new Outbox.NewMessage(
            kind, caseNumber, channel, recipient, language, stored, secrets.stored(secret, now)),
        now);
  }

  /**
   * Every message about case {@code caseNumber}, oldest first, with its delivery status — no
   * recipient address, no text. The caller must already have checked that the viewer may see the
   * case.
   */
  @Transactional(readOnly = true)
  public List<MessageStatus> messagesOf(String caseNumber) {
    return outbox.ofCase(caseNumber).stream().map(MessageStatus::of).toList();
  }

  /**
   * One message as staff see it on a case.
   *
   * @param segments SMS parts, {@code null} for e-mail
   * @param lastError why the last attempt failed (a failure type, never an address)
   */
  public record MessageStatus(
      UUID messageId,
      NoticeKind kind,
      NoticeChannel channel,
      DeliveryStatus status,
      java.time.Instant queuedAt,
      java.time.Instant statusAt,
      int attempts,
      @org.jspecify.annotations.Nullable Integer segments,
      @org.jspecify.annotations.Nullable String lastError) {

    static MessageStatus of(Outbox.Stored s) {
      return new MessageStatus(
          s.messageId(),
          s.kind(),
          s.channel(),
          s.status(),
          s.createdAt(),
          s.statusAt(),
          s.attempts(),
          s.segments(),
          s.lastError());
    }
  }
}
