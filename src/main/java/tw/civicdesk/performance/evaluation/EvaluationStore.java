// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code performance_evaluation} and {@code performance_score} (V28). */
@Repository
class EvaluationStore {

  private static final String COLUMNS =
      "id, plan_id, framework_code, status, opened_by,"
          + " opened_at, finalised_by, finalised_at, version";

  private final JdbcClient jdbc;

  EvaluationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Evaluation> ofPlan(long planId) {
    return jdbc.sql("select " + COLUMNS + " from performance_evaluation where plan_id = ?")
        .param(planId)
        .query(EvaluationStore::evaluation)
        .optional();
  }

  /** The evaluation of plan {@code planId}, its row locked until the transaction ends. */
  Optional<Evaluation> lockOfPlan(long planId) {
    return jdbc.sql(
            "select " + COLUMNS + " from performance_evaluation where plan_id = ?" + " for update")
        .param(planId)
        .query(EvaluationStore::evaluation)
        .optional();
  }

  void insert(long planId, String frameworkCode, String actor, Instant at) {
    jdbc.sql(
            "insert into performance_evaluation (plan_id, framework_code, status, opened_by,"
                + " opened_at) values (?, ?, 'OPEN', ?, ?) on conflict (plan_id) do nothing")
        .params(planId, frameworkCode, actor, Timestamp.from(at))
        .update();
  }

  List<Score> scores(long evaluationId) {
    return jdbc.sql(
            "select path, kind, reviewer, score, comment, scored_at"
                + " from performance_score where evaluation_id = ? order by path, kind, reviewer")
        .param(evaluationId)
        .query(
            (rs, n) ->
                new Score(
                    rs.getString("path"),
                    ScoreKind.valueOf(rs.getString("kind")),
                    rs.getString("reviewer"),
                    rs.getBigDecimal("score"),
                    rs.getString("comment"),
                    rs.getTimestamp("scored_at").toInstant()))
        .list();
  }

  void put(long evaluationId, Score score) {
    jdbc.sql(
            "insert into performance_score (evaluation_id, path, kind, reviewer, score, comment,"
                + " scored_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (evaluation_id, path, kind,"
                + " reviewer) do update set score = excluded.score, comment = excluded.comment,"
                + " scored_at = excluded.scored_at")
        .params(
            evaluationId,
            score.path(),
            score.kind().name(),
            score.reviewer(),
            score.score(),
            score.comment(),
            Timestamp.from(score.scoredAt()))
        .update();
  }

  void remove(long evaluationId, String path, ScoreKind kind, String reviewer) {
    jdbc.sql(
            "delete from performance_score where evaluation_id = ? and path = ? and kind = ?"
                + " and reviewer = ?")
        .params(evaluationId, path, kind.name(), reviewer)
        .update();
  }

  void touch(long id) {
    jdbc.sql("update performance_evaluation set version = version + 1 where id = ?")
        .param(id)
        .update();
  }

  /** Finalises the evaluation if its version still matches; false when someone was faster. */
  boolean finalise(long id, int version, String actor, Instant at) {
    return jdbc.sql(
                "update performance_evaluation set status = 'FINAL', finalised_by = ?,"
                    + " finalised_at = ?, version = version + 1"
                    + " where id = ? and version = ? and status = 'OPEN'")
            .params(actor, Timestamp.from(at), id, version)
            .update()
        == 1;
  }

  private static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
    return new Evaluation(
        rs.getLong("id"),
        rs.getLong("plan_id"),
        rs.getString("framework_code"),
        EvaluationStatus.valueOf(rs.getString("status")),
        rs.getString("opened_by"),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getString("finalised_by"),
        instant(rs.getTimestamp("finalised_at")),
        rs.getInt("version"));
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
