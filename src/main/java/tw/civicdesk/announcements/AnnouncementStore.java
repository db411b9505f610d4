// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.announcements.Announcement.Attachment;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The {@code announcement} and {@code announcement_attachment} tables. Lists carry no attachments
 * (an empty list); {@link #find} carries them. Internal.
 */
@Repository
class AnnouncementStore {

  /** The public condition at {@code :now}: published, not expired, not withdrawn. */
  static final String PUBLIC =
      " withdrawn_at is null and publish_at <= :now and (expire_at is null or expire_at > :now) ";

  private final JdbcClient jdbc;

  AnnouncementStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(AgencyCode agency, AnnouncementCheck.Content c, String by, Instant at) {
    return jdbc.sql(
            """
            insert into announcement (agency_code, category, unit_id, title_zh, title_en, body_zh,
              body_en, publish_at, expire_at, pinned, created_at, updated_at, updated_by)
            values (:agency, :category, :unit, :titleZh, :titleEn, :bodyZh, :bodyEn, :publish,
              :expire, :pinned, :at, :at, :by)
            returning id
            """)
        .paramSource(
            params(c)
                .addValue("agency", agency.value())
                .addValue("at", Timestamp.from(at))
                .addValue("by", by))
        .query(Long.class)
        .single();
  }

  boolean update(long id, int version, AnnouncementCheck.Content c, String by, Instant at) {
    return jdbc.sql(
                """
            update announcement set category = :category, unit_id = :unit, title_zh = :titleZh,
              title_en = :titleEn, body_zh = :bodyZh, body_en = :bodyEn, publish_at = :publish,
              expire_at = :expire, pinned = :pinned, updated_at = :at, updated_by = :by,
              version = version + 1
            where id = :id and version = :version and withdrawn_at is null
            """)
            .paramSource(
                params(c)
                    .addValue("id", id)
                    .addValue("version", version)
                    .addValue("at", Timestamp.from(at))
                    .addValue("by", by))
            .update()
        == 1;
  }

  boolean withdraw(long id, int version, String by, Instant at) {
    return jdbc.sql(
                """
            update announcement set withdrawn_at = :at, updated_at = :at, updated_by = :by,
              version = version + 1
            where id = :id and version = :version and withdrawn_at is null
            """)
            .param("id", id)
            .param("version", version)
            .param("at", Timestamp.from(at))
            .param("by", by)
            .update()
        == 1;
  }

  Optional<Announcement> find(long id) {
    return jdbc.sql("select * from announcement where id = ?")
        .param(id)
        .query((rs, i) -> row(rs, attachments(rs.getLong("id"))))
        .optional();
  }

  /** Every announcement of {@code agency}, newest first (drafts by their creation). */
  List<Announcement> all(AgencyCode agency) {
    return jdbc.sql(
            """
            select * from announcement where agency_code = ?
            order by coalesce(publish_at, created_at) desc, id desc
            """)
        .param(agency.value())
        .query((rs, i) -> row(rs, List.of()))
        .list();
  }

  /**
   * Public announcements at {@code now}: of {@code agency} (or every agency), of {@code category}
   * (or every one), current disaster information first when {@code disasterFirst}, then pinned,
   * then newest.
   */
  List<Announcement> published(
      @Nullable AgencyCode agency,
      @Nullable AnnouncementCategory category,
      Instant now,
      boolean disasterFirst,
      int limit,
      int offset) {
    String order =
        (disasterFirst ? "(category = 'DISASTER') desc, " : "")
            + "pinned desc, publish_at desc, id desc";
    return jdbc.sql(
            "select * from announcement where"
                + PUBLIC
                + " and (cast(:agency as text) is null or agency_code = :agency)"
                + " and (cast(:category as text) is null or category = :category)"
                + " order by "
                + order
                + " limit :limit offset :offset")
        .param("now", Timestamp.from(now))
        .param("agency", agency == null ? null : agency.value())
        .param("category", category == null ? null : category.name())
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, i) -> row(rs, List.of()))
        .list();
  }

  int countPublished(AgencyCode agency, @Nullable AnnouncementCategory category, Instant now) {
    return jdbc.sql(
            "select count(*) from announcement where"
                + PUBLIC
                + " and agency_code = :agency"
                + " and (cast(:category as text) is null or category = :category)")
        .param("now", Timestamp.from(now))
        .param("agency", agency.value())
        .param("category", category == null ? null : category.name())
        .query(Integer.class)
        .single();
  }

  /** Every public announcement at {@code now}, for a full reindex. */
  List<Announcement> allPublished(Instant now) {
    return jdbc.sql("select * from announcement where" + PUBLIC)
        .param("now", Timestamp.from(now))
        .query((rs, i) -> row(rs, List.of()))
        .list();
  }

  /** The ids of announcements whose {@code indexed} flag disagrees with being public at now. */
  List<Long> outOfStep(Instant now) {
    return jdbc.sql(
            "select id from announcement where indexed <> coalesce("
                + PUBLIC
                + ", false)"
                + " order by id")
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .list();
  }

  void setIndexed(long id, boolean indexed) {
    jdbc.sql("update announcement set indexed = ? where id = ?").params(indexed, id).update();
  }

  boolean exists(AgencyCode agency, String titleZh) {
    return jdbc.sql("select count(*) from announcement where agency_code = ? and title_zh = ?")
            .params(agency.value(), titleZh)
            .query(Integer.class)
            .single()
        > 0;
  }

  long insertAttachment(long id, InspectedContent file, byte[] content, String by, Instant at) {
    return jdbc.sql(
            """
            insert into announcement_attachment (announcement_id, filename, content_type, size,
              sha256, content, uploaded_by, uploaded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            id,
            file.fileName(),
            file.contentType(),
            file.size(),
            file.sha256(),
            content,
            by,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  int countAttachments(long id) {
    return jdbc.sql("select count(*) from announcement_attachment where announcement_id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  boolean deleteAttachment(long id, long fileId) {
    return jdbc.sql("delete from announcement_attachment where announcement_id = ? and id = ?")
            .params(id, fileId)
            .update()
        == 1;
  }

  Optional<AnnouncementFile> file(long id, long fileId) {
    return jdbc.sql(
            """
            select filename, content_type, sha256, content from announcement_attachment
            where announcement_id = ? and id = ?
            """)
        .params(id, fileId)
        .query(
            (rs, i) ->
                new AnnouncementFile(
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getString("sha256"),
                    rs.getBytes("content")))
        .optional();
  }

  private List<Attachment> attachments(long id) {
    return jdbc.sql(
            """
            select id, filename, content_type, size from announcement_attachment
            where announcement_id = ? order by id
            """)
        .param(id)
        .query(
            (rs, i) ->
                new Attachment(
                    rs.getLong("id"),
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size")))
        .list();
  }

  private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(
      AnnouncementCheck.Content c) {
    return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
        .addValue("category", c.category().name())
        .addValue("unit", c.unitId())
        .addValue("titleZh", c.title().zh())
        .addValue("titleEn", c.title().en())
        .addValue("bodyZh", c.body().zh())
        .addValue("bodyEn", c.body().en())
        .addValue("publish", c.publishAt() == null ? null : Timestamp.from(c.publishAt()))
        .addValue("expire", c.expireAt() == null ? null : Timestamp.from(c.expireAt()))
        .addValue("pinned", c.pinned());
  }

  private static Announcement row(ResultSet rs, List<Attachment> attachments) throws SQLException {
    return new Announcement(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        AnnouncementCategory.valueOf(rs.getString("category")),
        rs.getLong("unit_id"),
        new BilingualText(rs.getString("title_zh"), rs.getString("title_en")),
        new BilingualText(rs.getString("body_zh"), rs.getString("body_en")),
        instant(rs, "publish_at"),
        instant(rs, "expire_at"),
        rs.getBoolean("pinned"),
        instant(rs, "withdrawn_at"),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant(),
        attachments);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
