// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

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
import tw.civicdesk.organisation.AgencyCode;

/** {@code courtesy_follow_up} (V56). */
@Repository
class FollowUpStore {

  private static final String SELECT =
      "select f.*, t.total, t.called_on from courtesy_follow_up f"
          + " join courtesy_test t on t.id = f.test_id ";

  private final JdbcClient jdbc;

  FollowUpStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long open(CourtesyTest test, LocalDate due, Instant at) {
    return jdbc.sql(
            "insert into courtesy_follow_up (test_id, agency_code, unit_id, state, opened_at,"
                + " due_on) values (?, ?, ?, 'OPEN', ?, ?) returning id")
        .params(test.id(), test.agency().value(), test.unitId(), Timestamp.from(at), due)
        .query(Long.class)
        .single();
  }

  Optional<FollowUp> find(long id) {
    return jdbc.sql(SELECT + "where f.id = ?").param(id).query(FollowUpStore::row).optional();
  }

  Optional<FollowUp> ofTest(long testId) {
    return jdbc.sql(SELECT + "where f.test_id = ?")
        .param(testId)
        .query(FollowUpStore::row)
        .optional();
  }

  /** The agency's follow-ups (of one unit when {@code unitId} is given), newest first. */
  List<FollowUp> of(AgencyCode agency, @Nullable Long unitId) {
    return jdbc.sql(
            SELECT
                + "where f.agency_code = ? and (cast(? as bigint) is null or f.unit_id = ?)"
                + " order by f.opened_at desc, f.id desc")
        .params(agency.value(), unitId, unitId)
        .query(FollowUpStore::row)
        .list();
  }

  /** Every follow-up waiting for its unit's report, for the daily chase. */
  List<FollowUp> waiting() {
    return jdbc.sql(SELECT + "where f.state in ('OPEN', 'RETURNED') order by f.id")
        .query(FollowUpStore::row)
        .list();
  }

  boolean submit(long id, int version, String report, String by, Instant at) {
    return jdbc.sql(
                "update courtesy_follow_up set state = 'SUBMITTED', report = ?, submitted_by = ?,"
                    + " submitted_at = ?, version = version + 1 where id = ? and version = ?"
                    + " and state in ('OPEN', 'RETURNED')")
            .params(report, by, Timestamp.from(at), id, version)
            .update()
        == 1;
  }

  boolean review(long id, int version, FollowUp.State to, String note, String by, Instant at) {
    return jdbc.sql(
                "update courtesy_follow_up set state = ?, review_note = ?, reviewed_by = ?,"
                    + " reviewed_at = ?, version = version + 1 where id = ? and version = ?"
                    + " and state = 'SUBMITTED'")
            .params(to.name(), note, by, Timestamp.from(at), id, version)
            .update()
        == 1;
  }

  /** Claims the reminder before ({@code after = false}) or after the due date: once each. */
  boolean claimReminder(long id, boolean after, Instant at) {
    String column = after ? "reminded_after" : "reminded_before";
    return jdbc.sql(
                "update courtesy_follow_up set "
                    + column
                    + " = ? where id = ? and "
                    + column
                    + " is null")
            .params(Timestamp.from(at), id)
            .update()
        == 1;
  }

  private static FollowUp row(ResultSet rs, int n) throws SQLException {
    return new FollowUp(
        rs.getLong("id"),
        rs.getLong("test_id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getLong("unit_id"),
        FollowUp.State.valueOf(rs.getString("state")),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getDate("due_on").toLocalDate(),
        rs.getString("report"),
        rs.getString("submitted_by"),
        instant(rs.getTimestamp("submitted_at")),
        rs.getString("review_note"),
        rs.getString("reviewed_by"),
        instant(rs.getTimestamp("reviewed_at")),
        rs.getBigDecimal("total"),
        rs.getDate("called_on").toLocalDate(),
        rs.getInt("version"));
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
