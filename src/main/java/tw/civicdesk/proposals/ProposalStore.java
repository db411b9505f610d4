// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.proposals.ProposalViews.Attachment;
import tw.civicdesk.proposals.ProposalViews.Benefit;
import tw.civicdesk.proposals.ProposalViews.Milestone;
import tw.civicdesk.proposals.ProposalViews.MilestoneStatus;
import tw.civicdesk.proposals.ProposalViews.Origin;
import tw.civicdesk.proposals.ProposalViews.Proposal;
import tw.civicdesk.proposals.ProposalViews.Review;

/** Proposals, their reviews, milestones and attachments in PostgreSQL (V57). Internal. */
@Repository
class ProposalStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<Long, Integer>> SCORES = new TypeReference<>() {};

  /** A checked proposal, ready to store. */
  record Content(
      @Nullable Long unitId,
      @Nullable Long meetingId,
      BilingualText title,
      String problem,
      String idea,
      Benefit benefit,
      List<String> services) {}

  private final JdbcClient jdbc;

  ProposalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next place among {@code agency}'s proposals of {@code year}, taken atomically. */
  int nextNumber(AgencyCode agency, int year) {
    return jdbc.sql(
            """
            insert into proposal_sequence (agency_code, year, last_number) values (?, ?, 1)
            on conflict (agency_code, year)
            do update set last_number = proposal_sequence.last_number + 1
            returning last_number
            """)
        .params(agency.value(), year)
        .query(Integer.class)
        .single();
  }

  boolean exists(ProposalNumber number) {
    return jdbc.sql("select exists (select 1 from proposal where number = ?)")
        .param(number.value())
        .query(Boolean.class)
        .single();
  }

  long insert(
      ProposalNumber number,
      AgencyCode agency,
      Origin origin,
      @Nullable String by,
      ProposalCommands.Citizen citizen,
      Content c,
      LocalDate on,
      Instant at) {
    return jdbc.sql(
            """
            insert into proposal (number, agency_code, origin, submitted_by, citizen_name,
              citizen_contact, unit_id, meeting_id, title_zh, title_en, problem, idea, benefit,
              hours_saved, money_saved, documents_saved, services, status, submitted_on,
              created_at, updated_at)
            values (:number, :agency, :origin, :by, :name, :contact, :unit, :meeting, :titleZh,
              :titleEn, :problem, :idea, :benefit, :hours, :money, :documents, :services,
              'SUBMITTED', :on, :at, :at)
            returning id
            """)
        .param("number", number.value())
        .param("agency", agency.value())
        .param("origin", origin.name())
        .param("by", by)
        .param("name", citizen.name())
        .param("contact", citizen.contact())
        .param("unit", c.unitId())
        .param("meeting", c.meetingId())
        .param("titleZh", c.title().zh())
        .param("titleEn", c.title().en())
        .param("problem", c.problem())
        .param("idea", c.idea())
        .param("benefit", c.benefit().text())
        .param("hours", c.benefit().hours())
        .param("money", c.benefit().money())
        .param("documents", c.benefit().documents())
        .param("services", c.services().toArray(String[]::new))
        .param("on", on)
        .param("at", Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  Optional<Proposal> find(ProposalNumber number) {
    return jdbc.sql("select * from proposal where number = ?")
        .param(number.value())
        .query((rs, n) -> proposal(rs))
        .optional();
  }

  /** Every proposal of {@code agency}, newest first; published ones only when asked. */
  List<Proposal> list(AgencyCode agency, boolean publishedOnly) {
    return jdbc.sql(
            """
            select * from proposal where agency_code = ? and (not ? or published)
             order by submitted_on desc, number desc
            """)
        .params(agency.value(), publishedOnly)
        .query((rs, n) -> proposal(rs))
        .list();
  }

  List<Proposal> fromMeeting(long meetingId) {
    return jdbc.sql("select * from proposal where meeting_id = ? order by number")
        .param(meetingId)
        .query((rs, n) -> proposal(rs))
        .list();
  }

  /** Moves the proposal at {@code version} on: status, and the columns {@code set} names. */
  boolean update(
      ProposalNumber number, int version, String set, Map<String, ?> values, Instant at) {
    var spec =
        jdbc.sql(
                "update proposal set "
                    + set
                    + (set.isEmpty() ? "" : ", ")
                    + "version = version + 1, updated_at = :at"
                    + " where number = :number and version = :version")
            .param("number", number.value())
            .param("version", version)
            .param("at", Timestamp.from(at));
    for (Map.Entry<String, ?> e : values.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.update() == 1;
  }

  /** Sets a demo proposal's days back (the demo loader only). */
  void backdate(
      ProposalNumber number,
      LocalDate submitted,
      @Nullable LocalDate decided,
      @Nullable LocalDate implemented) {
    jdbc.sql(
            """
            update proposal set submitted_on = :submitted,
              decided_on = case when decision is null then null else :decided end,
              implemented_on = case when implemented_on is null then null else :implemented end
             where number = :number
            """)
        .param("submitted", submitted)
        .param("decided", decided == null ? submitted : decided)
        .param("implemented", implemented == null ? submitted : implemented)
        .param("number", number.value())
        .update();
  }

  // ------------------------------------------------------------------ reviews

  boolean hasReviewed(long proposalId, String username) {
    return jdbc.sql(
            "select exists (select 1 from proposal_review where proposal_id = ? and username = ?)")
        .params(proposalId, username)
        .query(Boolean.class)
        .single();
  }

  void insertReview(
      long proposalId, String username, Map<Long, Integer> scores, BigDecimal total, Instant at) {
    jdbc.sql(
            """
            insert into proposal_review (proposal_id, username, scores, total, reviewed_at)
            values (?, ?, cast(? as jsonb), ?, ?)
            """)
        .params(proposalId, username, JSON.writeValueAsString(scores), total, Timestamp.from(at))
        .update();
  }

  List<Review> reviews(long proposalId) {
    return jdbc.sql("select * from proposal_review where proposal_id = ? order by reviewed_at")
        .param(proposalId)
        .query(
            (rs, n) ->
                new Review(
                    rs.getString("username"),
                    JSON.readValue(rs.getString("scores"), SCORES),
                    rs.getBigDecimal("total")))
        .list();
  }

  // ------------------------------------------------------------------ milestones

  void replaceMilestones(long proposalId, List<ProposalCommands.MilestoneInput> list, Instant at) {
    jdbc.sql("delete from proposal_milestone where proposal_id = ?").param(proposalId).update();
    int position = 0;
    for (ProposalCommands.MilestoneInput m : list) {
      jdbc.sql(
              """
              insert into proposal_milestone (proposal_id, position, title, due_on, updated_at)
              values (?, ?, ?, ?, ?)
              """)
          .params(proposalId, position++, m.title(), m.dueOn(), Timestamp.from(at))
          .update();
    }
  }

  List<Milestone> milestones(long proposalId) {
    return jdbc.sql("select * from proposal_milestone where proposal_id = ? order by position, id")
        .param(proposalId)
        .query((rs, n) -> milestone(rs))
        .list();
  }

  void report(long milestoneId, MilestoneStatus status, int percent, String note, Instant at) {
    jdbc.sql(
            """
            update proposal_milestone set status = ?, percent = ?, note = ?, updated_at = ?
             where id = ?
            """)
        .params(status.name(), percent, note, Timestamp.from(at), milestoneId)
        .update();
  }

  // ------------------------------------------------------------------ attachments

  long insertAttachment(
      long proposalId, InspectedContent file, byte[] content, String by, Instant at) {
    return jdbc.sql(
            """
            insert into proposal_attachment (proposal_id, filename, content_type, size, sha256,
              content, uploaded_by, uploaded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            proposalId,
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

  int countAttachments(long proposalId) {
    return jdbc.sql("select count(*) from proposal_attachment where proposal_id = ?")
        .param(proposalId)
        .query(Integer.class)
        .single();
  }

  List<Attachment> attachments(long proposalId) {
    return jdbc.sql(
            """
            select id, filename, content_type, size from proposal_attachment
             where proposal_id = ? order by id
            """)
        .param(proposalId)
        .query(
            (rs, n) ->
                new Attachment(
                    rs.getLong("id"),
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size")))
        .list();
  }

  Optional<byte[]> content(long proposalId, long attachmentId) {
    return jdbc.sql("select content from proposal_attachment where proposal_id = ? and id = ?")
        .params(proposalId, attachmentId)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  // ------------------------------------------------------------------ rows

  private static Milestone milestone(ResultSet rs) throws SQLException {
    return new Milestone(
        rs.getLong("id"),
        rs.getInt("position"),
        rs.getString("title"),
        rs.getObject("due_on", LocalDate.class),
        MilestoneStatus.valueOf(rs.getString("status")),
        rs.getInt("percent"),
        rs.getString("note"),
        rs.getTimestamp("updated_at").toInstant());
  }

  static Proposal proposal(ResultSet rs) throws SQLException {
    String decision = rs.getString("decision");
    return new Proposal(
        rs.getLong("id"),
        new ProposalNumber(rs.getString("number")),
        new AgencyCode(rs.getString("agency_code")),
        Origin.valueOf(rs.getString("origin")),
        rs.getString("submitted_by"),
        rs.getString("citizen_name"),
        rs.getString("citizen_contact"),
        rs.getObject("unit_id", Long.class),
        rs.getObject("meeting_id", Long.class),
        new BilingualText(rs.getString("title_zh"), rs.getString("title_en")),
        rs.getString("problem"),
        rs.getString("idea"),
        new Benefit(
            rs.getBigDecimal("hours_saved"),
            rs.getLong("money_saved"),
            rs.getInt("documents_saved"),
            rs.getString("benefit")),
        strings(rs.getArray("services")),
        ProposalStatus.valueOf(rs.getString("status")),
        decision == null ? null : ProposalStatus.valueOf(decision),
        rs.getString("reasons"),
        rs.getObject("decided_on", LocalDate.class),
        rs.getObject("assigned_unit_id", Long.class),
        rs.getObject("implemented_on", LocalDate.class),
        rs.getBoolean("published"),
        rs.getObject("submitted_on", LocalDate.class),
        rs.getInt("version"),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
