// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;

/** SQL for the tables {@code calendar_day}, {@code calendar_import} and {@code agency_closure}. */
@Repository
class CalendarStore {

  /** The first and last loaded day. */
  record LoadedRange(LocalDate first, LocalDate last) {}

  private static final String UPSERT_DAY =
      """
      insert into calendar_day (day, holiday, description, source) values (?, ?, ?, ?)
      on conflict (day) do update
        set holiday = excluded.holiday, description = excluded.description, source = excluded.source
      """;
  private static final String INSERT_MISSING_DAY =
      """
      insert into calendar_day (day, holiday, description, source) values (?, ?, ?, ?)
      on conflict (day) do nothing
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  CalendarStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Reads every calendar day and every full-day closure (two queries).
   *
   * @throws CalendarNotLoaded when no day is stored
   */
  CalendarSnapshot loadSnapshot() {
    List<CalendarDay> days =
        jdbc.sql("select day, holiday, description from calendar_day")
            .query(
                (rs, n) ->
                    new CalendarDay(
                        rs.getObject("day", LocalDate.class),
                        rs.getBoolean("holiday"),
                        rs.getString("description")))
            .list();
    if (days.isEmpty()) {
      throw new CalendarNotLoaded();
    }
    List<AgencyClosure> closures =
        jdbc.sql(
                """
            select id, agency_code, day, kind, reason from agency_closure where kind = 'FULL_DAY'
            """)
            .query(CalendarStore::closure)
            .list();
    return CalendarSnapshot.of(days, closures);
  }

  Optional<LoadedRange> loadedRange() {
    return jdbc.sql(
            """
            select min(day) as first, max(day) as last from calendar_day having count(*) > 0
            """)
        .query(
            (rs, n) ->
                new LoadedRange(
                    rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)))
        .optional();
  }

  int countDays(LocalDate first, LocalDate last) {
    return jdbc.sql("select count(*) from calendar_day where day between :first and :last")
        .param("first", first)
        .param("last", last)
        .query(Integer.class)
        .single();
  }

  /** The stored working/day-off flag of every loaded day in {@code first..last}. */
  Map<LocalDate, Boolean> holidayFlags(LocalDate first, LocalDate last) {
    Map<LocalDate, Boolean> flags = new HashMap<>();
    jdbc.sql("select day, holiday from calendar_day where day between :first and :last")
        .param("first", first)
        .param("last", last)
        .query(
            rs -> {
              flags.put(rs.getObject("day", LocalDate.class), rs.getBoolean("holiday"));
            });
    return flags;
  }

  /**
   * Blocks other writers of the calendar until the transaction ends (readers are not blocked), so
   * that the contiguity check and the write of an import cannot interleave with another one.
   */
  void lockDaysForWrite() {
    jdbc.sql("lock table calendar_day in share row exclusive mode").update();
  }

  /** Inserts or overwrites the days, in one batch. */
  void upsertDays(List<CalendarDay> days, String source) {
    batch.batchUpdate(UPSERT_DAY, rows(days, source));
  }

  /** Inserts the days not yet stored and leaves stored ones alone, in one batch. */
  int insertMissingDays(List<CalendarDay> days, String source) {
    int inserted = 0;
    for (int count : batch.batchUpdate(INSERT_MISSING_DAY, rows(days, source))) {
      inserted += Math.max(count, 0);
    }
    return inserted;
  }

  private static List<Object[]> rows(List<CalendarDay> days, String source) {
    return days.stream()
        .map(d -> new Object[] {d.day(), d.holiday(), d.description(), source})
        .toList();
  }

  long insertImport(
      Instant at, String by, String fileName, LocalDate first, LocalDate last, int dayCount) {
    return jdbc.sql(
            """
            insert into calendar_import
              (imported_at, imported_by, file_name, first_day, last_day, day_count)
            values (:at, :by, :fileName, :first, :last, :dayCount)
            returning id
            """)
        .param("at", utc(at))
        .param("by", by)
        .param("fileName", fileName)
        .param("first", first)
        .param("last", last)
        .param("dayCount", dayCount)
        .query(Long.class)
        .single();
  }

  List<CalendarImport> imports() {
    return jdbc.sql("select * from calendar_import order by imported_at desc, id desc")
        .query(
            (rs, n) ->
                new CalendarImport(
                    rs.getLong("id"),
                    rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
                    rs.getString("imported_by"),
                    rs.getString("file_name"),
                    rs.getObject("first_day", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class),
                    rs.getInt("day_count")))
        .list();
  }

  /** Stores a closure unless the agency already has one that day; returns the new id if any. */
  Optional<Long> insertClosure(AgencyClosure closure, Instant at, String by) {
    return jdbc.sql(
            """
            insert into agency_closure (agency_code, day, kind, reason, created_at, created_by)
            values (:agency, :day, :kind, :reason, :at, :by)
            on conflict (agency_code, day) do nothing
            returning id
            """)
        .param("agency", closure.agency().value())
        .param("day", closure.day())
        .param("kind", closure.kind().name())
        .param("reason", closure.reason())
        .param("at", utc(at))
        .param("by", by)
        .query(Long.class)
        .optional();
  }

  /** Deletes one of the agency's closures; returns it, or empty when there was none. */
  Optional<AgencyClosure> deleteClosure(AgencyCode agency, long id) {
    return jdbc.sql(
            """
            delete from agency_closure where id = :id and agency_code = :agency
            returning id, agency_code, day, kind, reason
            """)
        .param("id", id)
        .param("agency", agency.value())
        .query(CalendarStore::closure)
        .optional();
  }

  List<AgencyClosure> closures(AgencyCode agency, LocalDate first, LocalDate last) {
    return jdbc.sql(
            """
            select id, agency_code, day, kind, reason from agency_closure
            where agency_code = :agency and day between :first and :last
            order by day
            """)
        .param("agency", agency.value())
        .param("first", first)
        .param("last", last)
        .query(CalendarStore::closure)
        .list();
  }

  private static AgencyClosure closure(ResultSet rs, int rowNum) throws SQLException {
    return new AgencyClosure(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getObject("day", LocalDate.class),
        ClosureKind.valueOf(rs.getString("kind")),
        rs.getString("reason"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
