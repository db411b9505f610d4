// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What chasing reads and writes: reported pairs, and {@code performance_progress_chase} (V27). */
@Repository
class ChaseStore {

  private final JdbcClient jdbc;

  ChaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A chase already made. {@code by} is {@code null} for the daily task. */
  record Chase(Instant at, @Nullable String by, int notified) {}

  static String key(String practiceId, String unit) {
    return practiceId + "\u0000" + unit;
  }

  /** The (practice, unit) pairs with a submitted or accepted report for the period. */
  Set<String> reported(long planId, String period) {
    return new HashSet<>(
        jdbc.sql(
                "select practice_id, unit_code from performance_progress_report"
                    + " where plan_id = ? and period = ? and review_state in ('SUBMITTED', 'ACCEPTED')")
            .params(planId, period)
            .query((rs, n) -> key(rs.getString("practice_id"), rs.getString("unit_code")))
            .list());
  }

  /** The chases made for the period, by (practice, unit) pair. */
  Map<String, Chase> chases(long planId, String period) {
    Map<String, Chase> chases = new HashMap<>();
    jdbc.sql(
            "select practice_id, unit_code, chased_at, chased_by, notified"
                + " from performance_progress_chase where plan_id = ? and period = ?")
        .params(planId, period)
        .query(
            rs -> {
              chases.put(
                  key(rs.getString("practice_id"), rs.getString("unit_code")),
                  new Chase(
                      rs.getTimestamp("chased_at").toInstant(),
                      rs.getString("chased_by"),
                      rs.getInt("notified")));
            });
    return chases;
  }

  /** Claims the chase of a pair; false when it was chased before (by anyone, on any node). */
  boolean claim(
      long planId, String practiceId, String unit, String period, Instant at, @Nullable String by) {
    return jdbc.sql(
                "insert into performance_progress_chase (plan_id, practice_id, unit_code,"
                    + " period, chased_at, chased_by) values (?, ?, ?, ?, ?, ?)"
                    + " on conflict do nothing")
            .params(planId, practiceId, unit, period, Timestamp.from(at), by)
            .update()
        == 1;
  }

  void notified(long planId, String practiceId, String unit, String period, int count) {
    jdbc.sql(
            "update performance_progress_chase set notified = ? where plan_id = ?"
                + " and practice_id = ? and unit_code = ? and period = ?")
        .params(count, planId, practiceId, unit, period)
        .update();
  }

  /** The ids of the plans in execution of {@code fromYear} or later (the daily task's). */
  List<Long> inExecution(int fromYear) {
    return jdbc.sql(
            "select id from performance_plan where kind = 'PLAN'"
                + " and status = 'IN_EXECUTION' and year >= ? order by id")
        .param(fromYear)
        .query(Long.class)
        .list();
  }
}
