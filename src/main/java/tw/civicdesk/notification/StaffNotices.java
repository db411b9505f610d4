// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.i18n.Languages;

/**
 * In-console notices for staff (站內通知): posted by modules in the transaction of what they tell of,
 * read in the console at {@code /console/notifications}. A notice holds case numbers and similar
 * references, never a citizen's personal data; its text is rendered when shown, in the reader's
 * language.
 */
@Service
public class StaffNotices {

  /** The language of e-mail copies: staff accounts record none, so the console's default. */
  static final Locale MAIL_LANGUAGE = Languages.ZH_TW;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Notifications notifications;
  private final Organisation organisation;
  private final MessageSource messages;
  private final MessageLinks links;

  StaffNotices(
      JdbcClient jdbc,
      Clock clock,
      Notifications notifications,
      Organisation organisation,
      MessageSource messages,
      MessageLinks links) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.notifications = notifications;
    this.organisation = organisation;
    this.messages = messages;
    this.links = links;
  }

  /**
   * A notice to post.
   *
   * @param recipient the staff member's username
   * @param agency the agency the notice belongs to (the case's)
   * @param caseNumber the case it is about, if any
   * @param args the text's arguments (case number first)
   * @param occasion when not {@code null}, the notice is posted at most once per recipient and
   *     occasion (e.g. {@code due-soon:A1-20260105-00001}); a second post is ignored
   */
  public record StaffNotice(
      String recipient,
      AgencyCode agency,
      StaffNoticeKind kind,
      @Nullable String caseNumber,
      List<String> args,
      @Nullable String occasion) {
    public StaffNotice {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(kind, "kind");
      args = List.copyOf(args);
    }
  }

  /** A posted notice as its recipient reads it. */
  public record Posted(
      long id,
      StaffNoticeKind kind,
      @Nullable String caseNumber,
      List<String> args,
      @Nullable String occasion,
      Instant at,
      boolean read) {}

  /**
   * Posts {@code notice} in the caller's transaction.
   *
   * @return {@code false} when a notice with the same recipient and occasion already exists
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean post(StaffNotice notice) {
    return jdbc.sql(
                """
        insert into notification_staff_notice (recipient, agency_code, kind, case_number, args,
            occasion, created_at)
        values (:recipient, :agency, :kind, :number, :args, :occasion, :now)
        on conflict (recipient, occasion) where occasion is not null do nothing""")
            .param("recipient", notice.recipient())
            .param("agency", notice.agency().value())
            .param("kind", notice.kind().name())
            .param("number", notice.caseNumber())
            .param("args", notice.args().toArray(String[]::new))
            .param("occasion", notice.occasion())
            .param("now", Timestamp.from(clock.instant()))
            .update()
        == 1;
  }

  /**
   * Posts {@code notice} in the caller's transaction and, when {@code mailCopy} is set, the notice
   * is fresh (not posted before for its occasion) and the recipient has an e-mail address on record
   * ({@link Organisation#emailOf}), queues a copy by e-mail in the same transaction — so the copy,
   * too, goes out once however often or on however many nodes the notice is posted. The copy is the
   * notice's text in Traditional Chinese ({@link #MAIL_LANGUAGE}: staff accounts have no language)
   * with a link to the console's notifications; it is not filed under the case (the case page lists
   * messages to the applicant only) and, like the notice, names no citizen.
   *
   * @return {@code false} when a notice with the same recipient and occasion already exists
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean post(StaffNotice notice, boolean mailCopy) {
    boolean fresh = post(notice);
    if (fresh && mailCopy) {
      organisation
          .emailOf(notice.recipient())
          .ifPresent(
              address ->
                  notifications.queue(
                      new Notice(
                          NoticeKind.STAFF_MAIL,
                          null,
                          NoticeChannel.EMAIL,
                          address,
                          MAIL_LANGUAGE,
                          List.of(text(notice, MAIL_LANGUAGE)),
                          List.of(),
                          links.link("/console/notifications"))));
    }
    return fresh;
  }

  /** The notice's text in {@code language}, as the console shows it. */
  String text(StaffNotice notice, Locale language) {
    return messages.getMessage(
        "notification.staff." + notice.kind().key(), notice.args().toArray(), language);
  }

  /** The newest {@code limit} notices of {@code username}, newest first. */
  @Transactional(readOnly = true)
  public List<Posted> inbox(String username, int limit) {
    return jdbc.sql(
            """
        select id, kind, case_number, args, occasion, created_at, read_at
        from notification_staff_notice where recipient = :recipient
        order by id desc limit :limit""")
        .param("recipient", username)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Posted(
                    rs.getLong("id"),
                    StaffNoticeKind.valueOf(rs.getString("kind")),
                    rs.getString("case_number"),
                    Arrays.asList((String[]) rs.getArray("args").getArray()),
                    rs.getString("occasion"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("read_at") != null))
        .list();
  }

  /** How many notices {@code username} has not read. */
  @Transactional(readOnly = true)
  public long unread(String username) {
    return jdbc.sql(
            "select count(*) from notification_staff_notice"
                + " where recipient = ? and read_at is null")
        .param(username)
        .query(Long.class)
        .single();
  }

  /**
   * Marks notice {@code id} of {@code username} read; a notice of someone else is left alone.
   *
   * @return whether a notice of theirs was marked
   */
  @Transactional
  public boolean markRead(String username, long id) {
    return jdbc.sql(
                "update notification_staff_notice set read_at = coalesce(read_at, :now)"
                    + " where id = :id and recipient = :recipient")
            .param("now", Timestamp.from(clock.instant()))
            .param("id", id)
            .param("recipient", username)
            .update()
        == 1;
  }

  /** Marks every notice of {@code username} read; answers how many were unread. */
  @Transactional
  public int markAllRead(String username) {
    return jdbc.sql(
            "update notification_staff_notice set read_at = :now"
                + " where recipient = :recipient and read_at is null")
        .param("now", Timestamp.from(clock.instant()))
        .param("recipient", username)
        .update();
  }
}
