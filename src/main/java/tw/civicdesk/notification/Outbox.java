// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The outbox table {@code notification_message}; package-private. Bodies hold {@link
 * MessageSecret#PLACEHOLDER} where a secret goes, never the secret: a verification code is derived
 * when the message is claimed for sending, a one-time secret is kept in {@code secret} while the
 * message waits and cleared once it is sent, given up or expired (ADR 0028).
 */
@Repository
class Outbox {

  private final JdbcClient jdbc;
  private final MessageSecrets secrets;

  Outbox(JdbcClient jdbc, MessageSecrets secrets) {
    this.jdbc = jdbc;
    this.secrets = secrets;
  }

  /** A rendered message to store, due at once, with what stands for its secret. */
  record NewMessage(
      NoticeKind kind,
      @Nullable String caseNumber,
      NoticeChannel channel,
      String recipient,
      Locale language,
      MessageRendering.Rendered content,
      MessageSecrets.Stored secret) {}

  /** Stores {@code message} as queued at {@code now}; answers its new message id. */
  UUID insert(NewMessage message, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into notification_message (message_id, case_number, kind, channel, recipient,
            language, subject, body_text, body_html, segments, next_attempt_at, created_at,
            status_at, secret_case, secret, secret_expires_at)
        values (:id, :number, :kind, :channel, :recipient, :language, :subject, :text, :html,
            :segments, :now, :now, :now, :secretCase, :secret, :secretExpires)""")
        .param("id", id)
        .param("number", message.caseNumber())
        .param("kind", message.kind().name())
        .param("channel", message.channel().name())
        .param("recipient", message.recipient())
        .param("language", Languages.tag(message.language()))
        .param("subject", message.content().subject())
        .param("text", message.content().text())
        .param("html", message.content().html())
        .param("segments", message.content().segments())
        .param("now", Timestamp.from(now))
        .param("secretCase", message.secret().caseNumber())
        .param("secret", message.secret().value())
        .param(
            "secretExpires",
            message.secret().expiresAt() == null
                ? null
                : Timestamp.from(message.secret().expiresAt()))
        .update();
    return id;
  }

  /**
   * Locks and answers up to {@code limit} queued messages of {@code channel} due at {@code now},
   * oldest first, skipping rows another transaction holds, as they are to be sent: with their
   * secrets in place. The locks last until the caller's transaction ends.
   */
  List<MessageChannel.Outgoing> claim(NoticeChannel channel, Instant now, int limit) {
    return jdbc.sql(
            """
        select id, message_id, recipient, subject, body_text, body_html, attempts, secret_case,
            secret
        from notification_message
        where status = 'QUEUED' and channel = :channel and next_attempt_at <= :now
        order by next_attempt_at, id
        limit :limit
        for update skip locked""")
        .param("channel", channel.name())
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(
            (rs, n) ->
                secrets.reveal(
                    new MessageChannel.Outgoing(
                        rs.getLong("id"),
                        rs.getObject("message_id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("body_html"),
                        rs.getInt("attempts")),
                    rs.getString("secret_case"),
                    rs.getString("secret")))
        .list();
  }

  /**
   * Gives up the queued messages of {@code channel} whose one-time secret is no longer valid at
   * {@code now} ({@code FAILED}, {@code SecretExpired}) and drops the secret: sent late, it would
   * not work anyway. Nobody is told; the citizen asks again.
   *
   * @return how many were given up
   */
  int expireSecrets(NoticeChannel channel, Instant now) {
    return jdbc.sql(
            """
        update notification_message set status = 'FAILED', status_at = :now, secret = null,
            last_error = 'SecretExpired'
        where status = 'QUEUED' and channel = :channel and secret_expires_at <= :now""")
        .param("channel", channel.name())
        .param("now", Timestamp.from(now))
        .update();
  }

  /** Marks a message sent and drops its one-time secret, which the outbox no longer needs. */
  void sent(long id, @Nullable String providerRef, Instant now) {
    jdbc.sql(
            """
        update notification_message set status = 'SENT', sent_at = :now, status_at = :now,
            attempts = attempts + 1, last_error = null, provider_ref = :ref, secret = null
        where id = :id""")
        .param("now", Timestamp.from(now))
        .param("ref", providerRef)
        .param("id", id)
        .update();
  }

  /**
   * Counts a failed attempt; {@code retryAt} {@code null} marks the message failed for good.
   *
   * @return the message's case number when it was marked failed for good and is about a case
   */
  Optional<String> failed(
      long id, int attempts, @Nullable Instant retryAt, String error, Instant now) {
    return jdbc
        .sql(
            """
        update notification_message set attempts = :attempts, status = :status,
            next_attempt_at = coalesce(:next, next_attempt_at), last_error = :error,
            status_at = case when :status = 'FAILED' then :now else status_at end,
            secret = case when :status = 'FAILED' then null else secret end
        where id = :id
        returning case when status = 'FAILED' then case_number end""")
        .param("attempts", attempts)
        .param("status", retryAt == null ? "FAILED" : "QUEUED")
        .param("next", retryAt == null ? null : Timestamp.from(retryAt))
        .param("error", error)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .query(String.class)
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** The message with this id, else with this gateway reference, locked for update; or empty. */
  Optional<Stored> lockForReceipt(@Nullable UUID messageId, @Nullable String providerRef) {
    String select =
        """
        select message_id, case_number, kind, channel, status, status_at, attempts, segments,
            created_at, last_error
        from notification_message where\s""";
    if (messageId != null) {
      return jdbc.sql(select + "message_id = ? for update")
          .param(messageId)
          .query(Outbox::stored)
          .optional();
    }
    if (providerRef == null) {
      return Optional.empty();
    }
    return jdbc.sql(select + "provider_ref = ? order by id limit 1 for update")
        .param(providerRef)
        .query(Outbox::stored)
        .optional();
  }

  void receipt(UUID messageId, DeliveryStatus status, Instant at, @Nullable String error) {
    jdbc.sql(
            """
        update notification_message set status = :status, status_at = :at,
            last_error = coalesce(:error, last_error)
        where message_id = :id""")
        .param("status", status.name())
        .param("at", Timestamp.from(at))
        .param("error", error)
        .param("id", messageId)
        .update();
  }

  /**
   * Deletes up to {@code batch} messages no longer waiting (sent, delivered, failed, bounced) whose
   * status last changed before {@code cutoff}.
   *
   * @return how many were deleted
   */
  int purge(Instant cutoff, int batch) {
    return jdbc.sql(
            """
        delete from notification_message where id in (
          select id from notification_message
          where status <> 'QUEUED' and status_at < :cutoff
          order by status_at limit :batch)""")
        .param("cutoff", Timestamp.from(cutoff))
        .param("batch", batch)
        .update();
  }

  /** Every message about {@code caseNumber}, oldest first. */
  List<Stored> ofCase(String caseNumber) {
    return jdbc.sql(
            """
        select message_id, case_number, kind, channel, status, status_at, attempts, segments,
            created_at, last_error
        from notification_message where case_number = :number order by created_at, id""")
        .param("number", caseNumber)
        .query(Outbox::stored)
        .list();
  }

  private static Stored stored(ResultSet rs, int n) throws SQLException {
    Integer segments = rs.getObject("segments", Integer.class);
    return new Stored(
        rs.getObject("message_id", UUID.class),
        rs.getString("case_number"),
        NoticeKind.valueOf(rs.getString("kind")),
        NoticeChannel.valueOf(rs.getString("channel")),
        DeliveryStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_at").toInstant(),
        rs.getInt("attempts"),
        segments,
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("last_error"));
  }

  /** A stored message without its recipient or body. */
  record Stored(
      UUID messageId,
      @Nullable String caseNumber,
      NoticeKind kind,
      NoticeChannel channel,
      DeliveryStatus status,
      Instant statusAt,
      int attempts,
      @Nullable Integer segments,
      Instant createdAt,
      @Nullable String lastError) {}
}
