// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The notification module's API: queues messages to applicants in the outbox. Contract: every
 * method runs in the caller's transaction ({@link Propagation#MANDATORY}; without one it
 * throws), so a message exists exactly when the change it tells of commits; nothing is sent
 * here — the {@link NotificationDispatcher} sends queued messages after the commit.
 */
@Service
public class Notifications {

  private final JdbcClient jdbc;
  private final MessageRendering rendering;
  private final Clock clock;

  Notifications(JdbcClient jdbc, MessageRendering rendering, Clock clock) {
    this.jdbc = jdbc;
    this.rendering = rendering;
    this.clock = clock;
  }

  /**
   * Queues the receipt e-mail (收件確認) of a filed application, rendered now in the
   * applicant's language, due at once.
   *
   * @return the message id, the receiver's de-duplication key
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID queueReceipt(ReceiptNotice notice) {
    MessageRendering.Rendered mail = rendering.receipt(notice);
    UUID messageId = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql("""
        insert into notification_message (message_id, case_number, kind, channel, recipient,
            language, subject, body_text, body_html, next_attempt_at, created_at)
        values (:id, :number, 'RECEIPT', 'EMAIL', :recipient, :language, :subject, :text,
            :html, :now, :now)""")
        .param("id", messageId).param("number", notice.caseNumber())
        .param("recipient", notice.recipient()).param("language", Languages.tag(notice.language()))
        .param("subject", mail.subject()).param("text", mail.text()).param("html", mail.html())
        .param("now", java.sql.Timestamp.from(now)).update();
    return messageId;
  }
}
