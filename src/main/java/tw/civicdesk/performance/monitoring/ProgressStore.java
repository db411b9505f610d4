// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of {@code performance_progress_report}, {@code performance_progress_entry} and {@code
 * performance_progress_file} (V26).
 */
@Repository
class ProgressStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() {};
  private static final String COLUMNS =
      "id, plan_id, practice_id, unit_code, period, status,"
          + " narrative, figures::text as figures, evidence_links, review_state, submitted_by,"
          + " submitted_at, on_behalf, reviewed_by, reviewed_at, review_comment, version";

  private final JdbcClient jdbc;

  ProgressStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a submission writes. */
  record Written(
      ProgressStatus status,
      String narrative,
      Map<String, BigDecimal> figures,
      List<String> links,
      String actor,
      Instant at,
      boolean onBehalf) {}

  Optional<ProgressReport> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from performance_progress_report where id = ?")
        .param(id)
        .query(ProgressStore::report)
        .optional();
  }

  Optional<ProgressReport> current(long planId, String practiceId, String unit, String period) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from performance_progress_report where plan_id = ?"
                + " and practice_id = ? and unit_code = ? and period = ?")
        .params(planId, practiceId, unit, period)
        .query(ProgressStore::report)
        .optional();
  }

  /** Every current report of the plan, by period, practice and unit. */
  List<ProgressReport> ofPlan(long planId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from performance_progress_report where plan_id = ?"
                + " order by period, practice_id, unit_code")
        .param(planId)
        .query(ProgressStore::report)
        .list();
  }

  /** The current reports of the plan in {@code state}, oldest submission first. */
  List<ProgressReport> inState(long planId, ReviewState state) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from performance_progress_report where plan_id = ?"
                + " and review_state = ? order by submitted_at, id")
        .params(planId, state.name())
        .query(ProgressStore::report)
        .list();
  }

  long insert(long planId, String practiceId, String unit, String period, Written w) {
    return jdbc.sql(
            "insert into performance_progress_report (plan_id, practice_id, unit_code,"
                + " period, status, narrative, figures, evidence_links, review_state, submitted_by,"
                + " submitted_at, on_behalf) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'SUBMITTED', ?,"
                + " ?, ?) returning id")
        .params(
            planId,
            practiceId,
            unit,
            period,
            w.status().name(),
            w.narrative(),
            json(w.figures()),
            w.links().toArray(String[]::new),
            w.actor(),
            Timestamp.from(w.at()),
            w.onBehalf())
        .query(Long.class)
        .single();
  }

  /** Replaces the submission if the version still matches; false when someone was faster. */
  boolean resubmit(long id, int version, Written w) {
    return jdbc.sql(
                "update performance_progress_report set status = ?, narrative = ?,"
                    + " figures = ?::jsonb, evidence_links = ?, review_state = 'SUBMITTED',"
                    + " submitted_by = ?, submitted_at = ?, on_behalf = ?, reviewed_by = null,"
                    + " reviewed_at = null, review_comment = null, version = version + 1"
                    + " where id = ? and version = ?")
            .params(
                w.status().name(),
                w.narrative(),
                json(w.figures()),
                w.links().toArray(String[]::new),
                w.actor(),
                Timestamp.from(w.at()),
                w.onBehalf(),
                id,
                version)
            .update()
        == 1;
  }

  /** Records a review if the version still matches; false when someone was faster. */
  boolean review(
      long id, int version, ReviewState state, String actor, Instant at, @Nullable String comment) {
    return jdbc.sql(
                "update performance_progress_report set review_state = ?, reviewed_by = ?,"
                    + " reviewed_at = ?, review_comment = ?, version = version + 1"
                    + " where id = ? and version = ?")
            .params(state.name(), actor, Timestamp.from(at), comment, id, version)
            .update()
        == 1;
  }

  void append(
      long reportId,
      ProgressEntry.Action action,
      String actor,
      Instant at,
      @Nullable Written w,
      @Nullable String comment) {
    jdbc.sql(
            "insert into performance_progress_entry (report_id, seq, action, actor, at,"
                + " on_behalf, status, narrative, figures, evidence_links, comment) values (?, (select"
                + " coalesce(max(seq), 0) + 1 from performance_progress_entry where report_id = ?),"
                + " ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")
        .params(
            reportId,
            reportId,
            action.name(),
            actor,
            Timestamp.from(at),
            w != null && w.onBehalf(),
            w == null ? null : w.status().name(),
            w == null ? null : w.narrative(),
            w == null ? null : json(w.figures()),
            w == null ? null : w.links().toArray(String[]::new),
            comment)
        .update();
  }

  List<ProgressEntry> entries(long reportId) {
    return jdbc.sql(
            "select seq, action, actor, at, on_behalf, status, narrative,"
                + " figures::text as figures, evidence_links, comment from performance_progress_entry"
                + " where report_id = ? order by seq")
        .param(reportId)
        .query(
            (rs, n) ->
                new ProgressEntry(
                    rs.getInt("seq"),
                    ProgressEntry.Action.valueOf(rs.getString("action")),
                    rs.getString("actor"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getBoolean("on_behalf"),
                    rs.getString("status") == null
                        ? null
                        : ProgressStatus.valueOf(rs.getString("status")),
                    rs.getString("narrative"),
                    figures(rs.getString("figures")),
                    strings(rs.getArray("evidence_links")),
                    rs.getString("comment")))
        .list();
  }

  void addFile(
      long reportId,
      String name,
      String type,
      long size,
      String sha256,
      byte[] content,
      String actor,
      Instant at) {
    jdbc.sql(
            "insert into performance_progress_file (report_id, filename, content_type, size,"
                + " sha256, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(reportId, name, type, size, sha256, content, actor, Timestamp.from(at))
        .update();
  }

  List<EvidenceFile> files(long reportId) {
    return jdbc.sql(
            "select id, report_id, filename, content_type, size, sha256, uploaded_by,"
                + " uploaded_at from performance_progress_file where report_id = ? order by id")
        .param(reportId)
        .query(
            (rs, n) ->
                new EvidenceFile(
                    rs.getLong("id"),
                    rs.getLong("report_id"),
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size"),
                    rs.getString("sha256"),
                    rs.getString("uploaded_by"),
                    rs.getTimestamp("uploaded_at").toInstant()))
        .list();
  }

  Optional<byte[]> content(long reportId, long fileId) {
    return jdbc.sql(
            "select content from performance_progress_file where report_id = ?" + " and id = ?")
        .params(reportId, fileId)
        .query(byte[].class)
        .optional();
  }

  static String json(Map<String, BigDecimal> figures) {
    return JSON.writeValueAsString(figures);
  }

  static Map<String, BigDecimal> figures(@Nullable String json) {
    return json == null ? Map.of() : JSON.readValue(json, FIGURES);
  }

  static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static ProgressReport report(ResultSet rs, int n) throws SQLException {
    Timestamp reviewed = rs.getTimestamp("reviewed_at");
    return new ProgressReport(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getString("practice_id"),
        rs.getString("unit_code"),
        rs.getString("period"),
        ProgressStatus.valueOf(rs.getString("status")),
        rs.getString("narrative"),
        figures(rs.getString("figures")),
        strings(rs.getArray("evidence_links")),
        ReviewState.valueOf(rs.getString("review_state")),
        rs.getString("submitted_by"),
        rs.getTimestamp("submitted_at").toInstant(),
        rs.getBoolean("on_behalf"),
        rs.getString("reviewed_by"),
        reviewed == null ? null : reviewed.toInstant(),
        rs.getString("review_comment"),
        rs.getInt("version"));
  }
}
