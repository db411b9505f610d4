// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

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
import tw.civicdesk.casework.Attachment;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;

/** Stores a case's attachments and electronic verifications; append-only, package-private. */
@Repository
class CaseAttachmentStore {

  private static final String METADATA =
      "id, case_number, filename, content_type, size, sha256,"
          + " uploaded_by, uploaded_at, document";

  private final JdbcClient jdbc;

  CaseAttachmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The agency of the case, if it exists. */
  Optional<AgencyCode> agencyOf(CaseNumber number) {
    return jdbc.sql("select agency_code from casework_case where number = ?")
        .param(number.value())
        .query(String.class)
        .optional()
        .map(AgencyCode::new);
  }

  /**
   * The agency of the case, if it exists, locking the case row against other attachers until the
   * transaction ends (so that two uploads at once cannot both pass the count limit). The lock
   * ({@code for no key update}) lets history rows referring to the case be inserted meanwhile.
   */
  Optional<AgencyCode> lockForAttaching(CaseNumber number) {
    return jdbc.sql("select agency_code from casework_case where number = ? for no key update")
        .param(number.value())
        .query(String.class)
        .optional()
        .map(AgencyCode::new);
  }

  int countAttachments(CaseNumber number) {
    return jdbc.sql("select count(*) from casework_attachment where case_number = ?")
        .param(number.value())
        .query(Integer.class)
        .single();
  }

  long insertAttachment(
      CaseNumber number,
      InspectedContent file,
      byte[] content,
      @Nullable String document,
      String by,
      Instant at) {
    return jdbc.sql(
            """
        insert into casework_attachment (case_number, filename, content_type, size, sha256,
          content, document, uploaded_by, uploaded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
        """)
        .params(
            number.value(),
            file.fileName(),
            file.contentType(),
            file.size(),
            file.sha256(),
            content,
            document,
            by,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  List<Attachment> attachments(CaseNumber number) {
    return jdbc.sql(
            "select "
                + METADATA
                + " from casework_attachment where case_number = ?"
                + " order by id")
        .param(number.value())
        .query(CaseAttachmentStore::attachment)
        .list();
  }

  Optional<AttachmentContent> content(CaseNumber number, long id) {
    return jdbc.sql(
            "select "
                + METADATA
                + ", content from casework_attachment"
                + " where case_number = ? and id = ?")
        .params(number.value(), id)
        .query((rs, row) -> new AttachmentContent(attachment(rs, row), rs.getBytes("content")))
        .optional();
  }

  long insertVerification(
      CaseNumber number, String document, String checked, String by, Instant at) {
    return jdbc.sql(
            """
        insert into casework_verification (case_number, document, checked, verified_by,
          verified_at)
        values (?, ?, ?, ?, ?) returning id
        """)
        .params(number.value(), document, checked, by, Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  /**
   * The applications of {@code agency} received from {@code from} to {@code to} (both included) and
   * how many of them have a verification recorded before {@code before}.
   */
  CaseViews.VerificationCount verificationCount(
      AgencyCode agency, LocalDate from, LocalDate to, Instant before) {
    return jdbc.sql(
            """
        select count(*) as applications,
               count(*) filter (where exists (
                   select 1 from casework_verification v
                    where v.case_number = c.number and v.verified_at < ?)) as verified
          from casework_case c
         where c.agency_code = ? and c.kind = 'APPLICATION'
           and c.received_on between ? and ?
        """)
        .params(Timestamp.from(before), agency.value(), from, to)
        .query(
            (rs, row) ->
                new CaseViews.VerificationCount(rs.getLong("applications"), rs.getLong("verified")))
        .single();
  }

  List<ElectronicVerification> verifications(CaseNumber number) {
    return jdbc.sql("select * from casework_verification where case_number = ? order by id")
        .param(number.value())
        .query(
            (rs, row) ->
                new ElectronicVerification(
                    rs.getLong("id"),
                    new CaseNumber(rs.getString("case_number")),
                    rs.getString("document"),
                    rs.getString("checked"),
                    rs.getString("verified_by"),
                    rs.getTimestamp("verified_at").toInstant()))
        .list();
  }

  private static Attachment attachment(ResultSet rs, int row) throws SQLException {
    return new Attachment(
        rs.getLong("id"),
        new CaseNumber(rs.getString("case_number")),
        rs.getString("filename"),
        rs.getString("content_type"),
        rs.getLong("size"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant(),
        rs.getString("document"));
  }
}
