// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.figures.Buckets.Counter;

/** Reads and writes the rollup tables; package-private like every repository. */
@Repository
class FiguresStore {

  private static final String KEY = "agency_code, month, unit_id, service_code, channel, kind";
  private static final String COUNTERS =
      Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));
  private static final String UPSERT_MONTH =
      "insert into figures_month ("
          + KEY
          + ", "
          + COUNTERS
          + ") values (?, ?, ?, ?, ?, ?"
          + ", ?".repeat(Counter.values().length)
          + ") on conflict ("
          + KEY
          + ") do update set "
          + Arrays.stream(Counter.values())
              .map(c -> c.column() + " = figures_month." + c.column() + " + excluded." + c.column())
              .collect(Collectors.joining(", "));
  private static final String UPSERT_DAYS =
      "insert into figures_working_days ("
          + KEY
          + ", working_days, cases) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict ("
          + KEY
          + ", working_days) do update set cases = figures_working_days.cases + excluded.cases";
  private static final String UPSERT_OPEN =
      "insert into figures_open ("
          + KEY
          + ", due_on, cases) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict ("
          + KEY
          + ", due_on) do update set cases = figures_open.cases + excluded.cases";
  private static final String SAVE_CASE =
      """
      insert into figures_case (number, agency_code, unit_id, service_code, channel, kind,
        received_on, status, due_on, pause_from, paused_days, extended_on, decided_on, on_time,
        working_days, closed_on, ended_on)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (number) do update set status = excluded.status, due_on = excluded.due_on,
        pause_from = excluded.pause_from, paused_days = excluded.paused_days,
        extended_on = excluded.extended_on, decided_on = excluded.decided_on,
        on_time = excluded.on_time, working_days = excluded.working_days,
        closed_on = excluded.closed_on, ended_on = excluded.ended_on""";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  FiguresStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The row of a counted case; empty for cases not counted (child cases). */
  Optional<CountedCase> find(String number) {
    return jdbc.sql("select * from figures_case where number = ?")
        .param(number)
        .query(FiguresStore::counted)
        .optional();
  }

  /** Inserts or replaces the rows of counted cases. */
  void save(Collection<CountedCase> cases) {
    template.batchUpdate(
        SAVE_CASE,
        cases.stream()
            .map(
                c ->
                    new Object[] {
                      c.number(),
                      c.agency(),
                      c.unitId(),
                      c.service(),
                      c.channel().name(),
                      c.kind().name(),
                      c.receivedOn(),
                      c.status().name(),
                      c.dueOn(),
                      c.pauseFrom(),
                      c.pausedDays(),
                      c.extendedOn(),
                      c.decidedOn(),
                      c.onTime(),
                      c.workingDays(),
                      c.closedOn(),
                      c.endedOn()
                    })
            .toList());
  }

  /** Adds {@code changes} to the rollup tables. */
  void write(Buckets changes) {
    List<Object[]> months = new ArrayList<>();
    changes.months.forEach(
        (k, v) -> months.add(concat(key(k), Arrays.stream(v).boxed().toArray())));
    template.batchUpdate(UPSERT_MONTH, months);
    template.batchUpdate(
        UPSERT_DAYS,
        changes.days.entrySet().stream()
            .map(e -> concat(key(e.getKey().key()), e.getKey().workingDays(), e.getValue()))
            .toList());
    template.batchUpdate(
        UPSERT_OPEN,
        changes.open.entrySet().stream()
            .map(e -> concat(key(e.getKey().key()), e.getKey().dueOn(), e.getValue()))
            .toList());
  }

  /** Whether any case is counted. */
  boolean anyCounted() {
    return jdbc.sql("select exists (select 1 from figures_case)").query(Boolean.class).single();
  }

  /**
   * Empties every rollup table, first waiting for every transaction that wrote to them and then
   * holding off every other until the caller's transaction ends.
   */
  void clear() {
    jdbc.sql(
            "lock table figures_case, figures_month, figures_working_days, figures_open"
                + " in access exclusive mode")
        .update();
    jdbc.sql("truncate figures_case, figures_month, figures_working_days, figures_open").update();
  }

  private static Object[] key(Buckets.Key k) {
    return new Object[] {k.agency(), k.month(), k.unitId(), k.service(), k.channel(), k.kind()};
  }

  private static Object[] concat(Object[] first, Object... rest) {
    Object[] all = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  private static CountedCase counted(ResultSet rs, int row) throws SQLException {
    Boolean onTime = (Boolean) rs.getObject("on_time");
    Integer workingDays = (Integer) rs.getObject("working_days");
    return new CountedCase(
        rs.getString("number"),
        rs.getString("agency_code"),
        rs.getLong("unit_id"),
        rs.getString("service_code"),
        Channel.valueOf(rs.getString("channel")),
        CaseKind.valueOf(rs.getString("kind")),
        date(rs, "received_on"),
        CaseStatus.valueOf(rs.getString("status")),
        date(rs, "due_on"),
        date(rs, "pause_from"),
        rs.getInt("paused_days"),
        date(rs, "extended_on"),
        date(rs, "decided_on"),
        onTime,
        workingDays,
        date(rs, "closed_on"),
        date(rs, "ended_on"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
