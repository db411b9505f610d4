// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the tally and the rollup tables; package-private like every repository. */
@Repository
class RollupStore {

  static final String KEY = "agency_code, month, kind, channel, category_code, district";

  private static final String UPSERT_ROLLUP =
      "insert into petition_rollup ("
          + KEY
          + ", "
          + Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "))
          + ") values (?, ?, ?, ?, ?, ?"
          + ", ?".repeat(Counter.values().length)
          + ") on conflict ("
          + KEY
          + ") do update set "
          + Arrays.stream(Counter.values())
              .map(
                  c ->
                      c.column() + " = petition_rollup." + c.column() + " + excluded." + c.column())
              .collect(Collectors.joining(", "));

  private static final String UPSERT_DAYS =
      "insert into petition_reply_days ("
          + KEY
          + ", days, replies) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict ("
          + KEY
          + ", days) do update set replies = petition_reply_days.replies + excluded.replies";

  private static final String SAVE_TALLY =
      """
      insert into petition_tally (case_number, agency_code, kind, channel, category_code, district,
          received_on, named, repeat, replied_on, replied_on_time, not_processed, transferred_on)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (case_number) do update set replied_on = excluded.replied_on,
          replied_on_time = excluded.replied_on_time, not_processed = excluded.not_processed,
          transferred_on = excluded.transferred_on""";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  RollupStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The tally of case {@code number}, locked for this transaction; empty when not counted. */
  Optional<Tally> find(String number) {
    return jdbc.sql("select * from petition_tally where case_number = ? for update")
        .param(number)
        .query(RollupStore::tally)
        .optional();
  }

  void save(Tally t) {
    jdbc.sql(SAVE_TALLY)
        .params(
            t.number(),
            t.agency(),
            t.kind(),
            t.channel(),
            t.category(),
            t.district(),
            Date.valueOf(t.receivedOn()),
            t.named(),
            t.repeat(),
            t.repliedOn() == null ? null : Date.valueOf(t.repliedOn()),
            t.repliedOnTime(),
            t.notProcessed(),
            t.transferredOn() == null ? null : Date.valueOf(t.transferredOn()))
        .update();
  }

  /** Applies {@code changes} to the rollup, row by row in key order. */
  void write(Changes changes) {
    Map<Changes.Key, long[]> counters = changes.counters();
    if (!counters.isEmpty()) {
      List<Object[]> rows = new ArrayList<>(counters.size());
      counters.forEach(
          (key, values) -> {
            List<Object> row = new ArrayList<>(key(key));
            Arrays.stream(values).forEach(row::add);
            rows.add(row.toArray());
          });
      template.batchUpdate(UPSERT_ROLLUP, rows);
    }
    Map<Changes.DaysKey, Long> days = changes.days();
    if (!days.isEmpty()) {
      List<Object[]> rows = new ArrayList<>(days.size());
      days.forEach(
          (key, replies) -> {
            List<Object> row = new ArrayList<>(key(key.key()));
            row.add(key.days());
            row.add(replies);
            rows.add(row.toArray());
          });
      template.batchUpdate(UPSERT_DAYS, rows);
    }
  }

  private static List<Object> key(Changes.Key k) {
    return List.of(
        k.agency(), Date.valueOf(k.month()), k.kind(), k.channel(), k.category(), k.district());
  }

  static Tally tally(ResultSet rs, int n) throws SQLException {
    Date replied = rs.getDate("replied_on");
    Date transferred = rs.getDate("transferred_on");
    return new Tally(
        rs.getString("case_number"),
        rs.getString("agency_code"),
        rs.getString("kind"),
        rs.getString("channel"),
        rs.getString("category_code"),
        rs.getString("district"),
        rs.getDate("received_on").toLocalDate(),
        rs.getBoolean("named"),
        rs.getBoolean("repeat"),
        replied == null ? null : replied.toLocalDate(),
        (Boolean) rs.getObject("replied_on_time"),
        rs.getBoolean("not_processed"),
        transferred == null ? null : transferred.toLocalDate());
  }
}
