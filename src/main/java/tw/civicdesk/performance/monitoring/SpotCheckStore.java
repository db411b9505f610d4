// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code performance_spot_check} and {@code performance_spot_check_action} (V27). */
@Repository
class SpotCheckStore {

  private static final String COLUMNS =
      "id, plan_id, practice_id, unit_code, checked_on, checker,"
          + " findings, follow_up_required, state, recorded_by, recorded_at, closed_at, version";

  private final JdbcClient jdbc;

  SpotCheckStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(SpotCheck check) {
    long id =
        jdbc.sql(
                "insert into performance_spot_check (plan_id, practice_id, unit_code,"
                    + " checked_on, checker, findings, follow_up_required, state, recorded_by,"
                    + " recorded_at, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                check.planId(),
                check.practiceId(),
                check.unitCode(),
                Date.valueOf(check.checkedOn()),
                check.checker(),
                check.findings(),
                check.followUpRequired(),
                check.state().name(),
                check.recordedBy(),
                Timestamp.from(check.recordedAt()),
                check.closedAt() == null ? null : Timestamp.from(check.closedAt()))
            .query(Long.class)
            .single();
    for (SpotCheck.FollowUp f : check.followUps()) {
      jdbc.sql(
              "insert into performance_spot_check_action (check_id, seq, text, unit_code,"
                  + " due_on, state) values (?, ?, ?, ?, ?, 'OPEN')")
          .params(id, f.seq(), f.text(), f.unitCode(), Date.valueOf(f.dueOn()))
          .update();
    }
    return id;
  }

  Optional<SpotCheck> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from performance_spot_check where id = ?")
        .param(id)
        .query(this::check)
        .optional();
  }

  List<SpotCheck> ofPlan(long planId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from performance_spot_check where plan_id = ?"
                + " order by checked_on desc, id desc")
        .param(planId)
        .query(this::check)
        .list();
  }

  /** Marks follow-up {@code seq} done if it is open; false when it was not. */
  boolean done(long checkId, int seq, String note, String actor, Instant at) {
    return jdbc.sql(
                "update performance_spot_check_action set state = 'DONE', note = ?,"
                    + " done_by = ?, done_at = ? where check_id = ? and seq = ? and state = 'OPEN'")
            .params(note, actor, Timestamp.from(at), checkId, seq)
            .update()
        == 1;
  }

  /** Raises the version, closing the check when asked; false when someone was faster. */
  boolean touch(long id, int version, boolean close, Instant at) {
    return jdbc.sql(
                "update performance_spot_check set version = version + 1,"
                    + " state = case when ? then 'CLOSED' else state end,"
                    + " closed_at = case when ? then ? else closed_at end where id = ? and version = ?")
            .params(close, close, Timestamp.from(at), id, version)
            .update()
        == 1;
  }

  private List<SpotCheck.FollowUp> followUps(long checkId) {
    return jdbc.sql(
            "select seq, text, unit_code, due_on, state, note, done_by, done_at"
                + " from performance_spot_check_action where check_id = ? order by seq")
        .param(checkId)
        .query(
            (rs, n) ->
                new SpotCheck.FollowUp(
                    rs.getInt("seq"),
                    rs.getString("text"),
                    rs.getString("unit_code"),
                    rs.getDate("due_on").toLocalDate(),
                    "DONE".equals(rs.getString("state")),
                    rs.getString("note"),
                    rs.getString("done_by"),
                    instant(rs, "done_at")))
        .list();
  }

  private SpotCheck check(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    return new SpotCheck(
        id,
        rs.getLong("plan_id"),
        rs.getString("practice_id"),
        rs.getString("unit_code"),
        rs.getDate("checked_on").toLocalDate(),
        rs.getString("checker"),
        rs.getString("findings"),
        rs.getBoolean("follow_up_required"),
        SpotCheck.State.valueOf(rs.getString("state")),
        rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(),
        instant(rs, "closed_at"),
        rs.getInt("version"),
        followUps(id));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
