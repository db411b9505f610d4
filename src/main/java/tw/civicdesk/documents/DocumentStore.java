// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.documents.AgencyDocument.DocumentFile;
import tw.civicdesk.documents.DocumentCommands.DocumentDraft;
import tw.civicdesk.documents.DocumentCommands.FileContent;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;
import tw.civicdesk.platform.i18n.BilingualText;

/** Rows of {@code document} and {@code document_file}. Internal. */
@Repository
class DocumentStore {

  private static final String COLUMNS =
      "id, agency_code, category, title_zh, title_en, document_date, publish_on, review_on,"
          + " withdrawn_at, version";

  private final JdbcClient jdbc;

  DocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every document of {@code agency}, newest document date first. */
  List<AgencyDocument> byAgency(AgencyCode agency) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from document where agency_code = ? order by document_date desc, id desc")
        .param(agency.value())
        .query(this::map)
        .list();
  }

  Optional<AgencyDocument> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from document where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  /** Published documents of every agency whose review date is before {@code day}. */
  List<AgencyDocument> pastReview(AgencyCode agency, LocalDate day) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from document where agency_code = ? and withdrawn_at is null"
                + " and review_on < ? order by review_on, id")
        .params(agency.value(), Date.valueOf(day))
        .query(this::map)
        .list();
  }

  long insert(AgencyCode agency, DocumentDraft d, Instant now) {
    return jdbc.sql(
            "insert into document (agency_code, category, title_zh, title_en, document_date,"
                + " publish_on, review_on, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?) returning id")
        .params(
            agency.value(),
            d.category().name(),
            d.title().zh(),
            d.title().en(),
            Date.valueOf(d.documentDate()),
            Date.valueOf(d.publishOn()),
            date(d.reviewOn()),
            Timestamp.from(now),
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  /** Changes the fields when {@code version} is current; returns whether it was. */
  boolean update(long id, DocumentDraft d, int version, Instant now) {
    return jdbc.sql(
                "update document set category = ?, title_zh = ?, title_en = ?,"
                    + " document_date = ?, publish_on = ?, review_on = ?, updated_at = ?,"
                    + " version = version + 1 where id = ? and version = ?")
            .params(
                d.category().name(),
                d.title().zh(),
                d.title().en(),
                Date.valueOf(d.documentDate()),
                Date.valueOf(d.publishOn()),
                date(d.reviewOn()),
                Timestamp.from(now),
                id,
                version)
            .update()
        == 1;
  }

  /** Withdraws when {@code version} is current and it is not withdrawn; returns whether it was. */
  boolean withdraw(long id, int version, Instant now) {
    return jdbc.sql(
                "update document set withdrawn_at = ?, updated_at = ?, version = version + 1"
                    + " where id = ? and version = ? and withdrawn_at is null")
            .params(Timestamp.from(now), Timestamp.from(now), id, version)
            .update()
        == 1;
  }

  void insertFile(long id, InspectedContent file, byte[] content, Instant now) {
    jdbc.sql(
            "insert into document_file (document_id, position, file_name, content_type, size,"
                + " sha256, content, created_at) values (?, (select coalesce(max(position), 0) + 1"
                + " from document_file where document_id = ?), ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            id,
            file.fileName(),
            file.contentType(),
            file.size(),
            file.sha256(),
            content,
            Timestamp.from(now))
        .update();
  }

  Optional<FileContent> file(long id, int position) {
    return jdbc.sql(
            "select file_name, content_type, sha256, content from document_file"
                + " where document_id = ? and position = ?")
        .params(id, position)
        .query(
            (rs, row) ->
                new FileContent(
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getString("sha256"),
                    rs.getBytes("content")))
        .optional();
  }

  private List<DocumentFile> files(long id) {
    return jdbc.sql(
            "select position, file_name, content_type, size, sha256 from document_file"
                + " where document_id = ? order by position")
        .param(id)
        .query(
            (rs, row) ->
                new DocumentFile(
                    rs.getInt("position"),
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getLong("size"),
                    rs.getString("sha256")))
        .list();
  }

  private AgencyDocument map(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    Date review = rs.getDate("review_on");
    return new AgencyDocument(
        id,
        new AgencyCode(rs.getString("agency_code")),
        DocumentCategory.valueOf(rs.getString("category")),
        new BilingualText(rs.getString("title_zh"), rs.getString("title_en")),
        rs.getDate("document_date").toLocalDate(),
        rs.getDate("publish_on").toLocalDate(),
        review == null ? null : review.toLocalDate(),
        rs.getTimestamp("withdrawn_at") != null,
        rs.getInt("version"),
        files(id));
  }

  private static @Nullable Date date(@Nullable LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
