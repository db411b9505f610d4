// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Answers figures queries from the rollup tables alone: three grouped range scans on their primary
 * keys (agency, month, …), merged by group.
 */
@Repository
class FiguresReader {

  private final JdbcClient jdbc;

  FiguresReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The grouping values of one row; {@code null} where not grouped. */
  record Group(
      @Nullable String agency,
      @Nullable Long unitId,
      @Nullable String service,
      @Nullable String channel,
      @Nullable String kind,
      @Nullable LocalDate month) {}

  private static final Comparator<Group> ORDER =
      Comparator.comparing(Group::agency, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Group::unitId, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
          .thenComparing(Group::service, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Group::channel, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Group::kind, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(Group::month, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));

  /** What is added up for one group. */
  private static final class Sums {
    final long[] counters = new long[Buckets.Counter.values().length];
    final TreeMap<Integer, Long> days = new TreeMap<>();
    long open;
    long overdue;
  }

  /**
   * What the three scans of one query share: the grouping columns ({@code select}, with a trailing
   * comma, and {@code groupBy}), the filter and its parameters.
   */
  private record Scan(
      List<Dimension> by,
      String select,
      String groupBy,
      String where,
      FiguresQuery query,
      Collection<AgencyCode> agencies,
      LocalDate today) {

    static Scan of(FiguresQuery query, Collection<AgencyCode> agencies, LocalDate today) {
      List<Dimension> by = query.by().stream().sorted().toList();
      String columns = by.stream().map(Dimension::column).collect(Collectors.joining(", "));
      String where =
          " where agency_code in (:agencies) and month between :from and :to"
              + (query.unitId() == null ? "" : " and unit_id = :unit");
      return new Scan(
          by,
          columns.isEmpty() ? "" : columns + ", ",
          " group by " + (columns.isEmpty() ? "()" : columns),
          where,
          query,
          agencies,
          today);
    }

    /** The group of the current row, whose first columns are {@link #by}'s. */
    Group group(ResultSet rs) throws SQLException {
      return FiguresReader.group(rs, by);
    }

    /** Column {@code n} (from 1) after the grouping columns. */
    int after(int n) {
      return by.size() + n;
    }
  }

  /** The rows for {@code query} over {@code agencies}, overdue as of {@code today}. */
  List<FiguresRow> rows(FiguresQuery query, Collection<AgencyCode> agencies, LocalDate today) {
    Scan scan = Scan.of(query, agencies, today);
    Map<Group, Sums> groups = new TreeMap<>(ORDER);
    addCounters(scan, groups);
    addWorkingDays(scan, groups);
    addOpen(scan, groups);
    List<FiguresRow> rows = new ArrayList<>(groups.size());
    groups.forEach((g, s) -> rows.add(row(g, s)));
    return rows;
  }

  /** Adds the monthly counters ({@code figures_month}) to each group. */
  private void addCounters(Scan scan, Map<Group, Sums> groups) {
    String counters =
        java.util.Arrays.stream(Buckets.Counter.values())
            .map(c -> "sum(" + c.column() + ")")
            .collect(Collectors.joining(", "));
    statement(
            scan,
            "select "
                + scan.select()
                + counters
                + " from figures_month"
                + scan.where()
                + scan.groupBy()
                + " having count(*) > 0")
        .query(
            rs -> {
              long[] into = groups.computeIfAbsent(scan.group(rs), g -> new Sums()).counters;
              for (int i = 0; i < into.length; i++) {
                into[i] += rs.getLong(scan.after(1 + i));
              }
            });
  }

  /** Adds the cases by working days taken ({@code figures_working_days}) to each group. */
  private void addWorkingDays(Scan scan, Map<Group, Sums> groups) {
    statement(
            scan,
            "select "
                + scan.select()
                + "working_days, sum(cases) from figures_working_days"
                + scan.where()
                + " group by "
                + scan.select()
                + "working_days having sum(cases) <> 0")
        .query(
            rs -> {
              groups
                  .computeIfAbsent(scan.group(rs), g -> new Sums())
                  .days
                  .merge(rs.getInt(scan.after(1)), rs.getLong(scan.after(2)), Long::sum);
            });
  }

  /** Adds the open cases, and those overdue today ({@code figures_open}), to each group. */
  private void addOpen(Scan scan, Map<Group, Sums> groups) {
    statement(
            scan,
            "select "
                + scan.select()
                + "sum(cases), coalesce(sum(cases) filter (where"
                + " due_on < :today), 0) from figures_open"
                + scan.where()
                + scan.groupBy()
                + " having sum(cases) <> 0")
        .query(
            rs -> {
              Sums sums = groups.computeIfAbsent(scan.group(rs), g -> new Sums());
              sums.open += rs.getLong(scan.after(1));
              sums.overdue += rs.getLong(scan.after(2));
            });
  }

  /** {@code sql} with the scan's parameters bound. */
  private JdbcClient.StatementSpec statement(Scan scan, String sql) {
    JdbcClient.StatementSpec spec =
        jdbc.sql(sql)
            .param("agencies", scan.agencies().stream().map(AgencyCode::value).toList())
            .param("from", scan.query().from().atDay(1))
            .param("to", scan.query().to().atDay(1))
            .param("today", scan.today());
    return scan.query().unitId() == null ? spec : spec.param("unit", scan.query().unitId());
  }

  private static Group group(ResultSet rs, List<Dimension> by) throws SQLException {
    Object[] values = new Object[Dimension.values().length];
    for (int i = 0; i < by.size(); i++) {
      values[by.get(i).ordinal()] =
          by.get(i) == Dimension.MONTH ? rs.getObject(i + 1, LocalDate.class) : rs.getObject(i + 1);
    }
    return new Group(
        (String) values[0],
        (Long) values[1],
        (String) values[2],
        (String) values[3],
        (String) values[4],
        (LocalDate) values[5]);
  }

  private static FiguresRow row(Group g, Sums s) {
    long[] c = s.counters;
    return new FiguresRow(
        g.agency() == null ? null : new AgencyCode(g.agency()),
        g.unitId(),
        g.service() == null || g.service().isEmpty() ? null : new ServiceCode(g.service()),
        g.channel() == null ? null : Channel.valueOf(g.channel()),
        g.kind() == null ? null : CaseKind.valueOf(g.kind()),
        g.month() == null ? null : YearMonth.from(g.month()),
        c[0],
        c[1],
        c[2],
        c[3],
        c[5],
        c[6],
        c[7],
        c[8],
        c[9],
        c[4],
        p90(s.days),
        s.open,
        s.overdue,
        c[10],
        c[11]);
  }

  /** The nearest-rank 90th percentile: the smallest value at least 90 % of cases do not pass. */
  static @Nullable Integer p90(TreeMap<Integer, Long> histogram) {
    long total = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return null;
    }
    long rank = (total * 9 + 9) / 10;
    long seen = 0;
    for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return e.getKey();
      }
    }
    return histogram.lastKey();
  }
}
