// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued messages from the outbox, after the transactions that queued them committed.
 * Contract of {@link #dispatchDue()}:
 *
 * <ul>
 *   <li>each message is claimed, sent and marked in its own transaction; the row stays locked
 *       ({@code for update skip locked}) from claim to mark, so concurrent runs, on this node or
 *       another, never send one message twice;
 *   <li>a sent message is {@code SENT} with {@code sent_at}; a failed send counts an attempt and
 *       waits {@link NotificationSettings#delayAfter} before the next, and after the maximum
 *       number of attempts the message is {@code FAILED}; nothing is ever deleted;
 *   <li>without a mail server ({@code spring.mail.host} unset) nothing is sent and messages stay
 *       {@code QUEUED}.
 * </ul>
 *
 * A crash between sending and marking sends the message again on the next run; its {@code
 * Message-ID} lets the receiver drop the duplicate.
 */
@Component
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final JdbcClient jdbc;
  private final @Nullable JavaMailSender mail;
  private final NotificationSettings settings;
  private final Clock clock;
  private final TransactionTemplate transaction;

  NotificationDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail,
      NotificationSettings settings, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.mail = mail.getIfAvailable();
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    if (this.mail == null) {
      LOG.info("E-mail is off (spring.mail.host is not set): notifications stay queued");
    }
  }

  /** Runs {@link #dispatchDue()} every {@code civicdesk.notification.poll} (default 2 s). */
  @Scheduled(fixedDelayString = "${civicdesk.notification.poll:2s}")
  void poll() {
    dispatchDue();
  }

  /**
   * Sends up to {@code civicdesk.notification.batch} messages that are due now.
   *
   * @return how many were sent
   */
  public int dispatchDue() {
    if (mail == null) {
      return 0;
    }
    int sent = 0;
    for (int i = 0; i < settings.batch(); i++) {
      Optional<Boolean> outcome = Optional.ofNullable(transaction.execute(status -> sendOne()));
      if (outcome.isEmpty()) {
        break;
      }
      sent += outcome.get() ? 1 : 0;
    }
    return sent;
  }

  /** Claims, sends and marks one due message; {@code null} when none is due. */
  private @Nullable Boolean sendOne() {
    Instant now = clock.instant();
    Optional<Outgoing> next = jdbc.sql("""
        select id, message_id, recipient, subject, body_text, body_html, attempts
        from notification_message
        where status = 'QUEUED' and channel = 'EMAIL' and next_attempt_at <= :now
        order by next_attempt_at, id
        limit 1
        for update skip locked""")
        .param("now", Timestamp.from(now))
        .query((rs, n) -> new Outgoing(rs.getLong("id"), rs.getObject("message_id", UUID.class),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
            rs.getString("body_html"), rs.getInt("attempts")))
        .optional();
    if (next.isEmpty()) {
      return null;
    }
    Outgoing message = next.get();
    try {
      send(message);
    } catch (MessagingException | RuntimeException e) {
      failed(message, e, now);
      return false;
    }
    jdbc.sql("update notification_message set status = 'SENT', sent_at = :now,"
            + " attempts = attempts + 1, last_error = null where id = :id")
        .param("now", Timestamp.from(now)).param("id", message.id()).update();
    LOG.info("Notification {} sent", message.messageId());
    return true;
  }

  private void send(Outgoing message) throws MessagingException {
    JavaMailSender sender = java.util.Objects.requireNonNull(mail);
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime,
        MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    helper.setTo(message.recipient());
    helper.setSubject(message.subject());
    helper.setText(message.text(), message.html());
    mime.setHeader("Message-ID", "<" + message.messageId() + "@civicdesk>");
    mime.setHeader("X-CivicDesk-Message-Id", message.messageId().toString());
    sender.send(mime);
  }

  /** Counts a failed attempt; the stored error names the exception type only, no address. */
  private void failed(Outgoing message, Exception e, Instant now) {
    int attempts = message.attempts() + 1;
    boolean giveUp = attempts >= settings.maxAttempts();
    jdbc.sql("""
        update notification_message set attempts = :attempts, status = :status,
            next_attempt_at = :next, last_error = :error where id = :id""")
        .param("attempts", attempts).param("status", giveUp ? "FAILED" : "QUEUED")
        .param("next", Timestamp.from(now.plus(settings.delayAfter(attempts))))
        .param("error", e.getClass().getSimpleName()).param("id", message.id()).update();
    LOG.warn("Notification {} not sent (attempt {}, {}){}", message.messageId(), attempts,
        e.getClass().getSimpleName(), giveUp ? ": given up" : "");
  }

  private record Outgoing(long id, UUID messageId, String recipient, String subject,
      String text, String html, int attempts) {}
}
