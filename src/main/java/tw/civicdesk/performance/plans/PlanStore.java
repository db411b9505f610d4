// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code performance_plan} and {@code performance_plan_revision} (V25). */
@Repository
class PlanStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS =
      "id, agency_code, year, kind, template_id, framework_code,"
          + " title, status, revision, content::text as content, approved_by, approved_at,"
          + " approval_ref, published_at, version";

  private final JdbcClient jdbc;

  PlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String json(PlanContent content) {
    return JSON.writeValueAsString(content);
  }

  static PlanContent content(String json) {
    return JSON.readValue(json, PlanContent.class);
  }

  Optional<Plan> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from performance_plan where id = ?")
        .param(id)
        .query(PlanStore::plan)
        .optional();
  }

  Optional<Plan> find(String agency, int year, PlanKind kind) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from performance_plan"
                + " where agency_code = ? and year = ? and kind = ?")
        .params(agency, year, kind.name())
        .query(PlanStore::plan)
        .optional();
  }

  /** The plans and templates of {@code agencies}, newest year first. */
  List<Plan> ofAgencies(List<String> agencies) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from performance_plan where agency_code in (:agencies)"
                + " order by year desc, agency_code, kind")
        .param("agencies", agencies)
        .query(PlanStore::plan)
        .list();
  }

  /** The plans derived from template {@code templateId}. */
  List<Plan> derivedFrom(long templateId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from performance_plan where template_id = ?"
                + " order by agency_code")
        .param(templateId)
        .query(PlanStore::plan)
        .list();
  }

  long insert(Plan plan, String actor, Instant at) {
    return jdbc.sql(
            "insert into performance_plan (agency_code, year, kind, template_id,"
                + " framework_code, title, status, content, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, 'DRAFT', ?::jsonb, ?, ?) returning id")
        .params(
            plan.agencyCode(),
            plan.year(),
            plan.kind().name(),
            plan.templateId(),
            plan.frameworkCode(),
            plan.title(),
            json(plan.content()),
            actor,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  /** Writes title and content if the version still matches; false when someone was faster. */
  boolean update(long id, int version, String title, int revision, PlanContent content) {
    return jdbc.sql(
                "update performance_plan set title = ?, revision = ?, content = ?::jsonb,"
                    + " version = version + 1 where id = ? and version = ?")
            .params(title, revision, json(content), id, version)
            .update()
        == 1;
  }

  /** Moves the plan to {@code status} if the version still matches, stamping what it needs. */
  boolean move(
      long id,
      int version,
      PlanStatus status,
      String actor,
      Instant at,
      @Nullable String approvalRef) {
    String stamp =
        switch (status) {
          case APPROVED -> ", approved_by = :actor, approved_at = :at, approval_ref = :ref";
          case PUBLISHED -> ", published_at = :at";
          case IN_EXECUTION -> ", executing_since = :at";
          case CLOSED -> ", closed_at = :at";
          case DRAFT -> "";
        };
    return jdbc.sql(
                "update performance_plan set status = :status, version = version + 1"
                    + stamp
                    + " where id = :id and version = :version")
            .param("status", status.name())
            .param("actor", actor)
            .param("at", Timestamp.from(at))
            .param("ref", approvalRef)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  void record(
      long planId,
      PlanAction action,
      int revision,
      @Nullable String reason,
      String actor,
      Instant at,
      @Nullable PlanContent before) {
    jdbc.sql(
            "insert into performance_plan_revision (plan_id, seq, action, revision, reason,"
                + " actor, at, content_before) values (?, (select coalesce(max(seq), 0) + 1 from"
                + " performance_plan_revision where plan_id = ?), ?, ?, ?, ?, ?, ?::jsonb)")
        .params(
            planId,
            planId,
            action.name(),
            revision,
            reason,
            actor,
            Timestamp.from(at),
            before == null ? null : json(before))
        .update();
  }

  List<PlanHistoryEntry> history(long planId) {
    return jdbc.sql(
            "select seq, action, revision, reason, actor, at,"
                + " content_before::text as before from performance_plan_revision where plan_id = ?"
                + " order by seq")
        .param(planId)
        .query(
            (rs, n) ->
                new PlanHistoryEntry(
                    rs.getInt("seq"),
                    PlanAction.valueOf(rs.getString("action")),
                    rs.getInt("revision"),
                    rs.getString("reason"),
                    rs.getString("actor"),
                    instant(rs, "at"),
                    rs.getString("before") == null ? null : content(rs.getString("before"))))
        .list();
  }

  private static Plan plan(ResultSet rs, int n) throws SQLException {
    Timestamp approved = rs.getTimestamp("approved_at");
    Timestamp published = rs.getTimestamp("published_at");
    return new Plan(
        rs.getLong("id"),
        rs.getString("agency_code"),
        rs.getInt("year"),
        PlanKind.valueOf(rs.getString("kind")),
        (Long) rs.getObject("template_id"),
        rs.getString("framework_code"),
        rs.getString("title"),
        PlanStatus.valueOf(rs.getString("status")),
        rs.getInt("revision"),
        content(rs.getString("content")),
        rs.getString("approved_by"),
        approved == null ? null : approved.toInstant(),
        rs.getString("approval_ref"),
        published == null ? null : published.toInstant(),
        rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }
}
