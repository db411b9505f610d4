// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.faq.FaqViews.Category;
import tw.civicdesk.faq.FaqViews.Entry;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.faq.FaqViews.Step;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/** Categories and entries of the FAQ in PostgreSQL (V55). Internal. */
@Repository
class FaqStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {};

  private static final String ENTRY =
      """
      select e.*, c.agency_code as c_agency, c.code as c_code, c.name_zh as c_name_zh,
             c.name_en as c_name_en, c.position as c_position
        from faq_entry e join faq_category c on c.id = e.category_id
      """;

  /** A checked entry, ready to store: sanitized answer, known category, unit and services. */
  record Content(
      long categoryId,
      long unitId,
      BilingualText question,
      BilingualText answer,
      List<String> services,
      String notesZh,
      String notesEn,
      List<Step> sop,
      LocalDate reviewOn) {}

  private final JdbcClient jdbc;

  FaqStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ------------------------------------------------------------------ categories

  List<Category> categories(AgencyCode agency) {
    return jdbc.sql("select * from faq_category where agency_code = ? order by position, code, id")
        .param(agency.value())
        .query((rs, n) -> category(rs))
        .list();
  }

  Optional<Category> category(AgencyCode agency, String code) {
    return jdbc.sql("select * from faq_category where agency_code = ? and code = ?")
        .params(agency.value(), code)
        .query((rs, n) -> category(rs))
        .optional();
  }

  long insertCategory(AgencyCode agency, String code, BilingualText name, int position) {
    return jdbc.sql(
            """
            insert into faq_category (agency_code, code, name_zh, name_en, position)
            values (?, ?, ?, ?, ?) returning id
            """)
        .params(agency.value(), code, name.zh(), name.en(), position)
        .query(Long.class)
        .single();
  }

  void updateCategory(long id, BilingualText name, int position) {
    jdbc.sql("update faq_category set name_zh = ?, name_en = ?, position = ? where id = ?")
        .params(name.zh(), name.en(), position, id)
        .update();
  }

  // ------------------------------------------------------------------ entries

  boolean exists(FaqCode code) {
    return jdbc.sql("select exists (select 1 from faq_entry where code = ?)")
        .param(code.value())
        .query(Boolean.class)
        .single();
  }

  Optional<StaffEntry> find(FaqCode code) {
    return jdbc.sql(ENTRY + " where e.code = ?")
        .param(code.value())
        .query((rs, n) -> entry(rs))
        .optional();
  }

  /** Entries of one agency (any status), or the published entries of all when it is null. */
  List<StaffEntry> list(@Nullable AgencyCode agency, @Nullable FaqStatus status) {
    return jdbc.sql(
            ENTRY
                + """
                 where (cast(:agency as text) is null or e.agency_code = :agency)
                   and (cast(:status as text) is null or e.status = :status)
                 order by c.agency_code, c.position, c.code, e.question_zh, e.code
                """)
        .param("agency", agency == null ? null : agency.value())
        .param("status", status == null ? null : status.name())
        .query((rs, n) -> entry(rs))
        .list();
  }

  /** Entries not archived whose review date is before {@code today}. */
  List<StaffEntry> reviewDue(LocalDate today) {
    return jdbc.sql(ENTRY + " where e.status <> 'ARCHIVED' and e.review_on < ? order by e.id")
        .param(today)
        .query((rs, n) -> entry(rs))
        .list();
  }

  /** The agency's published entries whose review date is before {@code day}, oldest first. */
  List<StaffEntry> publishedPastReview(AgencyCode agency, LocalDate day) {
    return jdbc.sql(
            ENTRY
                + " where e.agency_code = ? and e.status = 'PUBLISHED' and e.review_on < ?"
                + " order by e.review_on, e.id")
        .param(agency.value())
        .param(day)
        .query((rs, n) -> entry(rs))
        .list();
  }

  void insert(
      FaqCode code,
      AgencyCode agency,
      FaqStatus status,
      Content c,
      LocalDate today,
      String by,
      Instant now) {
    jdbc.sql(
            """
            insert into faq_entry (code, agency_code, category_id, unit_id, status, question_zh,
                question_en, answer_zh, answer_en, notes_zh, notes_en, sop, services, review_on,
                reviewed_on, version, created_at, updated_at, updated_by)
            values (:code, :agency, :category, :unit, :status, :qzh, :qen, :azh, :aen, :nzh,
                :nen, cast(:sop as jsonb), :services, :review, :today, 0, :now, :now, :by)
            """)
        .param("code", code.value())
        .param("agency", agency.value())
        .param("status", status.name())
        .param("today", today)
        .param("now", Timestamp.from(now))
        .param("by", by)
        .params(contentParams(c))
        .update();
  }

  /** Writes {@code c} over the entry if it is still at {@code version}; whether it was. */
  boolean update(FaqCode code, int version, Content c, LocalDate today, String by, Instant now) {
    return jdbc.sql(
                """
                update faq_entry set category_id = :category, unit_id = :unit,
                    question_zh = :qzh, question_en = :qen, answer_zh = :azh, answer_en = :aen,
                    notes_zh = :nzh, notes_en = :nen, sop = cast(:sop as jsonb),
                    services = :services, review_on = :review, reviewed_on = :today,
                    version = version + 1, updated_at = :now, updated_by = :by
                 where code = :code and version = :version
                """)
            .param("code", code.value())
            .param("version", version)
            .param("today", today)
            .param("now", Timestamp.from(now))
            .param("by", by)
            .params(contentParams(c))
            .update()
        == 1;
  }

  boolean setStatus(
      FaqCode code, int version, FaqStatus status, LocalDate today, String by, Instant now) {
    return jdbc.sql(
                """
                update faq_entry set status = ?, reviewed_on = ?, version = version + 1,
                    updated_at = ?, updated_by = ?
                 where code = ? and version = ?
                """)
            .params(status.name(), today, Timestamp.from(now), by, code.value(), version)
            .update()
        == 1;
  }

  private static java.util.Map<String, Object> contentParams(Content c) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("category", c.categoryId());
    p.put("unit", c.unitId());
    p.put("qzh", c.question().zh());
    p.put("qen", c.question().en());
    p.put("azh", c.answer().zh());
    p.put("aen", c.answer().en());
    p.put("nzh", c.notesZh());
    p.put("nen", c.notesEn());
    p.put("sop", JSON.writeValueAsString(c.sop()));
    p.put("services", c.services().toArray(String[]::new));
    p.put("review", c.reviewOn());
    return p;
  }

  private static Category category(ResultSet rs) throws SQLException {
    return new Category(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getString("code"),
        new BilingualText(rs.getString("name_zh"), rs.getString("name_en")),
        rs.getInt("position"));
  }

  private static StaffEntry entry(ResultSet rs) throws SQLException {
    Category category =
        new Category(
            rs.getLong("category_id"),
            new AgencyCode(rs.getString("c_agency")),
            rs.getString("c_code"),
            new BilingualText(rs.getString("c_name_zh"), rs.getString("c_name_en")),
            rs.getInt("c_position"));
    java.sql.Date reviewed = rs.getDate("reviewed_on");
    Entry entry =
        new Entry(
            new FaqCode(rs.getString("code")),
            new AgencyCode(rs.getString("agency_code")),
            category,
            new BilingualText(rs.getString("question_zh"), rs.getString("question_en")),
            new BilingualText(rs.getString("answer_zh"), rs.getString("answer_en")),
            Arrays.asList((String[]) rs.getArray("services").getArray()),
            reviewed == null ? null : reviewed.toLocalDate());
    return new StaffEntry(
        entry,
        FaqStatus.valueOf(rs.getString("status")),
        rs.getLong("unit_id"),
        rs.getString("notes_zh"),
        rs.getString("notes_en"),
        JSON.readValue(rs.getString("sop"), STEPS),
        rs.getDate("review_on").toLocalDate(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }
}
