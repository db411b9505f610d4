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

/** The outbox table {@code notification_message}; package-private. */
@Repository
class Outbox {

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A rendered message to store, due at once. */
  record NewMessage(NoticeKind kind, @Nullable String caseNumber, NoticeChannel channel,
      String recipient, Locale language, MessageRendering.Rendered content) {}

  /** Stores {@code message} as queued at {@code now}; answers its new message id. */
  UUID insert(NewMessage message, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into notification_message (message_id, case_number, kind, channel, recipient,
            language, subject, body_text, body_html, segments, next_attempt_at, created_at,
            status_at)
        values (:id, :number, :kind, :channel, :recipient, :language, :subject, :text, :html,
            :segments, :now, :now, :now)""")
        .param("id", id).param("number", message.caseNumber())
        .param("kind", message.kind().name()).param("channel", message.channel().name())
        .param("recipient", message.recipient())
        .param("language", Languages.tag(message.language()))
        .param("subject", message.content().subject()).param("text", message.content().text())
        .param("html", message.content().html()).param("segments", message.content().segments())
        .param("now", Timestamp.from(now)).update();
    return id;
  }

  /**
   * Locks and answers up to {@code limit} queued messages of {@code channel} due at {@code now},
   * oldest first, skipping rows another transaction holds; the locks last until the caller's
   * transaction ends.
   */
  List<MessageChannel.Outgoing> claim(NoticeChannel channel, Instant now, int limit) {
    return jdbc.sql("""
        select id, message_id, recipient, subject, body_text, body_html, attempts
        from notification_message
        where status = 'QUEUED' and channel = :channel and next_attempt_at <= :now
        order by next_attempt_at, id
        limit :limit
        for update skip locked""")
        .param("channel", channel.name()).param("now", Timestamp.from(now))
        .param("limit", limit)
        .query((rs, n) -> new MessageChannel.Outgoing(rs.getLong("id"),
            rs.getObject("message_id", UUID.class), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
            rs.getInt("attempts")))
        .list();
  }

  void sent(long id, @Nullable String providerRef, Instant now) {
    jdbc.sql("""
        update notification_message set status = 'SENT', sent_at = :now, status_at = :now,
            attempts = attempts + 1, last_error = null, provider_ref = :ref
        where id = :id""")
        .param("now", Timestamp.from(now)).param("ref", providerRef).param("id", id).update();
  }

  /**
   * Counts a failed attempt; {@code retryAt} {@code null} marks the message failed for good.
   *
   * @return the message's case number when it was marked failed for good and is about a case
   */
  Optional<String> failed(long id, int attempts, @Nullable Instant retryAt, String error,
      Instant now) {
    return jdbc.sql("""
        update notification_message set attempts = :attempts, status = :status,
            next_attempt_at = coalesce(:next, next_attempt_at), last_error = :error,
            status_at = case when :status = 'FAILED' then :now else status_at end
        where id = :id
        returning case when status = 'FAILED' then case_number end""")
        .param("attempts", attempts).param("status", retryAt == null ? "FAILED" : "QUEUED")
        .param("next", retryAt == null ? null : Timestamp.from(retryAt))
        .param("error", error).param("now", Timestamp.from(now)).param("id", id)
        .query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /** The message with this id, else with this gateway reference, locked for update; or empty. */
  Optional<Stored> lockForReceipt(@Nullable UUID messageId, @Nullable String providerRef) {
    String select = """
        select message_id, case_number, kind, channel, status, status_at, attempts, segments,
            created_at, last_error
        from notification_message where\s""";
    if (messageId != null) {
      return jdbc.sql(select + "message_id = ? for update").param(messageId)
          .query(Outbox::stored).optional();
    }
    if (providerRef == null) {
      return Optional.empty();
    }
    return jdbc.sql(select + "provider_ref = ? order by id limit 1 for update").param(providerRef)
        .query(Outbox::stored).optional();
  }

  void receipt(UUID messageId, DeliveryStatus status, Instant at, @Nullable String error) {
    jdbc.sql("""
        update notification_message set status = :status, status_at = :at,
            last_error = coalesce(:error, last_error)
        where message_id = :id""")
        .param("status", status.name()).param("at", Timestamp.from(at)).param("error", error)
        .param("id", messageId).update();
  }

  /** Every message about {@code caseNumber}, oldest first. */
  List<Stored> ofCase(String caseNumber) {
    return jdbc.sql("""
        select message_id, case_number, kind, channel, status, status_at, attempts, segments,
            created_at, last_error
        from notification_message where case_number = :number order by created_at, id""")
        .param("number", caseNumber).query(Outbox::stored).list();
  }

  private static Stored stored(ResultSet rs, int n) throws SQLException {
    Integer segments = rs.getObject("segments", Integer.class);
    return new Stored(rs.getObject("message_id", UUID.class), rs.getString("case_number"),
        NoticeKind.valueOf(rs.getString("kind")), NoticeChannel.valueOf(rs.getString("channel")),
        DeliveryStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_at").toInstant(), rs.getInt("attempts"), segments,
        rs.getTimestamp("created_at").toInstant(), rs.getString("last_error"));
  }

  /** A stored message without its recipient or body. */
  record Stored(UUID messageId, @Nullable String caseNumber, NoticeKind kind,
      NoticeChannel channel, DeliveryStatus status, Instant statusAt, int attempts,
      @Nullable Integer segments, Instant createdAt, @Nullable String lastError) {}
}
