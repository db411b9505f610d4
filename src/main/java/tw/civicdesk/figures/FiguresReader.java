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
 * Answers figures queries from the rollup tables alone: three grouped range scans on their
 * primary keys (agency, month, …), merged by group.
 */
@Repository
class FiguresReader {

  private final JdbcClient jdbc;

  FiguresReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The grouping values of one row; {@code null} where not grouped. */
  record Group(@Nullable String agency, @Nullable Long unitId, @Nullable String service,
      @Nullable String channel, @Nullable String kind, @Nullable LocalDate month) {}

  private static final Comparator<Group> ORDER = Comparator
      .comparing(Group::agency, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
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

  /** The rows for {@code query} over {@code agencies}, overdue as of {@code today}. */
  List<FiguresRow> rows(FiguresQuery query, Collection<AgencyCode> agencies, LocalDate today) {
    List<Dimension> by = query.by().stream().sorted().toList();
    String columns = by.stream().map(Dimension::column).collect(Collectors.joining(", "));
    String select = columns.isEmpty() ? "" : columns + ", ";
    String groupBy = " group by " + (columns.isEmpty() ? "()" : columns);
    String where = " where agency_code in (:agencies) and month between :from and :to"
        + (query.unitId() == null ? "" : " and unit_id = :unit");
    Map<Group, Sums> groups = new TreeMap<>(ORDER);
    String counters = java.util.Arrays.stream(Buckets.Counter.values())
        .map(c -> "sum(" + c.column() + ")").collect(Collectors.joining(", "));
    params(jdbc.sql("select " + select + counters + " from figures_month" + where + groupBy
        + " having count(*) > 0"), query, agencies, today).query(rs -> {
          long[] into = groups.computeIfAbsent(group(rs, by), g -> new Sums()).counters;
          for (int i = 0; i < into.length; i++) {
            into[i] += rs.getLong(by.size() + 1 + i);
          }
        });
    params(jdbc.sql("select " + select + "working_days, sum(cases) from figures_working_days"
        + where + " group by " + select + "working_days having sum(cases) <> 0"), query,
        agencies, today)
        .query(rs -> {
          groups.computeIfAbsent(group(rs, by), g -> new Sums()).days
              .merge(rs.getInt(by.size() + 1), rs.getLong(by.size() + 2), Long::sum);
        });
    params(jdbc.sql("select " + select + "sum(cases), coalesce(sum(cases) filter (where due_on"
        + " < :today), 0) from figures_open" + where + groupBy + " having sum(cases) <> 0"),
        query, agencies, today).query(rs -> {
          Sums sums = groups.computeIfAbsent(group(rs, by), g -> new Sums());
          sums.open += rs.getLong(by.size() + 1);
          sums.overdue += rs.getLong(by.size() + 2);
        });
    List<FiguresRow> rows = new ArrayList<>(groups.size());
    groups.forEach((g, s) -> rows.add(row(g, s)));
    return rows;
  }

  private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec,
      FiguresQuery query, Collection<AgencyCode> agencies, LocalDate today) {
    spec = spec.param("agencies", agencies.stream().map(AgencyCode::value).toList())
        .param("from", query.from().atDay(1)).param("to", query.to().atDay(1))
        .param("today", today);
    return query.unitId() == null ? spec : spec.param("unit", query.unitId());
  }

  private static Group group(ResultSet rs, List<Dimension> by) throws SQLException {
    Object[] values = new Object[Dimension.values().length];
    for (int i = 0; i < by.size(); i++) {
      values[by.get(i).ordinal()] = by.get(i) == Dimension.MONTH
          ? rs.getObject(i + 1, LocalDate.class) : rs.getObject(i + 1);
    }
    return new Group((String) values[0], (Long) values[1], (String) values[2],
        (String) values[3], (String) values[4], (LocalDate) values[5]);
  }

  private static FiguresRow row(Group g, Sums s) {
    long[] c = s.counters;
    return new FiguresRow(g.agency() == null ? null : new AgencyCode(g.agency()), g.unitId(),
        g.service() == null || g.service().isEmpty() ? null : new ServiceCode(g.service()),
        g.channel() == null ? null : Channel.valueOf(g.channel()),
        g.kind() == null ? null : CaseKind.valueOf(g.kind()),
        g.month() == null ? null : YearMonth.from(g.month()),
        c[0], c[1], c[2], c[3], c[5], c[6], c[7], c[8], c[9], c[4], p90(s.days), s.open,
        s.overdue, c[10], c[11]);
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
