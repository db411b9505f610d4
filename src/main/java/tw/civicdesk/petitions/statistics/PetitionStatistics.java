// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.petitions.PetitionRatings;

/**
 * The petition statistics for the quality officer (docs/petitions.md): counts by kind, channel,
 * category, district and month, the on-time reply rate, average and 90th-percentile days to reply,
 * the repeat rate, closures without processing (§173) and the handling satisfaction with its sample
 * size. Reads the rollup only ({@link PetitionTally} keeps it), never the cases, and the ratings'
 * counts from their published reader ({@link PetitionRatings#figures}); does not check who asks
 * (the console page does).
 */
@Service
public class PetitionStatistics {

  private final JdbcClient jdbc;
  private final PetitionRatings ratings;

  PetitionStatistics(JdbcClient jdbc, PetitionRatings ratings) {
    this.jdbc = jdbc;
    this.ratings = ratings;
  }

  /**
   * The satisfaction with the handling: ratings of {@value PetitionRatings#SATISFIED_MIN} or more ÷
   * ratings, with the sample size.
   *
   * @param sample how many ratings were given (the sample size)
   * @param scoreSum the sum of their scores
   * @param satisfied how many scored 4 or 5
   */
  public record Satisfaction(long sample, long scoreSum, long satisfied) {

    /** Satisfied ÷ rated in %, one decimal; {@code null} without ratings. */
    public @Nullable BigDecimal satisfiedPercent() {
      return StatisticsRow.percent(satisfied, sample);
    }

    /** The average score, two decimals; {@code null} without ratings. */
    public @Nullable BigDecimal averageScore() {
      return sample == 0
          ? null
          : BigDecimal.valueOf(scoreSum)
              .divide(BigDecimal.valueOf(sample), 2, RoundingMode.HALF_UP);
    }
  }

  /** The groups of {@code query} in the order of their values; groups with nothing have no row. */
  @Transactional(readOnly = true)
  public List<StatisticsRow> rows(StatisticsQuery query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    Map<String, List<long[]>> days = histograms(query, where, params);
    Map<String, StatisticsRow> rows = new TreeMap<>();
    jdbc.sql(
            "select "
                + query.by().expression()
                + " as grp, sum(received) as received, sum(named) as named,"
                + " sum(repeats) as repeats, sum(replied) as replied,"
                + " sum(replied_on_time) as replied_on_time, sum(reply_days) as reply_days,"
                + " sum(not_processed) as not_processed, sum(transferred) as transferred"
                + " from petition_rollup"
                + where
                + " group by grp")
        .params(params)
        .query(
            rs -> {
              String g = rs.getString("grp");
              StatisticsRow row =
                  new StatisticsRow(
                      g,
                      rs.getLong("received"),
                      rs.getLong("named"),
                      rs.getLong("repeats"),
                      rs.getLong("replied"),
                      rs.getLong("replied_on_time"),
                      rs.getLong("reply_days"),
                      rs.getLong("not_processed"),
                      rs.getLong("transferred"),
                      p90(days.getOrDefault(g, List.of())));
              if (row.received() != 0 || row.replied() != 0 || row.transferred() != 0) {
                rows.put(g, row);
              }
            });
    return List.copyOf(rows.values());
  }

  /** Each group's replies by days to reply, in ascending days. */
  private Map<String, List<long[]>> histograms(
      StatisticsQuery query, String where, List<Object> params) {
    Map<String, List<long[]>> days = new HashMap<>();
    jdbc.sql(
            "select "
                + query.by().expression()
                + " as grp, days, sum(replies) as replies from petition_reply_days"
                + where
                + " group by grp, days having sum(replies) <> 0 order by grp, days")
        .params(params)
        .query(
            rs -> {
              days.computeIfAbsent(rs.getString("grp"), g -> new ArrayList<>())
                  .add(new long[] {rs.getInt("days"), rs.getLong("replies")});
            });
    return days;
  }

  /** Everything {@code query} asks for, as one row (all zero when there is nothing). */
  @Transactional(readOnly = true)
  public StatisticsRow total(StatisticsQuery query) {
    List<StatisticsRow> rows = rows(query.by(Dimension.TOTAL));
    return rows.isEmpty() ? new StatisticsRow("", 0, 0, 0, 0, 0, 0, 0, 0, null) : rows.get(0);
  }

  /**
   * The satisfaction with the handling over the months and kind of {@code query}, by the month
   * rated.
   */
  public Satisfaction satisfaction(StatisticsQuery query) {
    long sample = 0;
    long sum = 0;
    long satisfied = 0;
    for (PetitionRatings.Figure f : ratings.figures(query.agency(), query.from(), query.to())) {
      if (query.kind() == null || query.kind() == f.kind()) {
        sample += f.ratings();
        sum += f.scoreSum();
        satisfied += f.satisfied();
      }
    }
    return new Satisfaction(sample, sum, satisfied);
  }

  private static String where(StatisticsQuery query, List<Object> params) {
    params.add(query.agency().value());
    params.add(Date.valueOf(query.from().atDay(1)));
    params.add(Date.valueOf(query.to().atDay(1)));
    String where = " where agency_code = ? and month between ? and ?";
    if (query.kind() != null) {
      params.add(query.kind().name());
      where += " and kind = ?";
    }
    return where;
  }

  /**
   * The nearest-rank 90th percentile of a histogram of (days, replies) in ascending days: the
   * smallest number of days that at least 90 % of the replies did not exceed.
   */
  static @Nullable Integer p90(List<long[]> histogram) {
    long n = histogram.stream().mapToLong(h -> h[1]).sum();
    if (n <= 0) {
      return null;
    }
    long rank = (9 * n + 9) / 10;
    long seen = 0;
    for (long[] h : histogram) {
      seen += h[1];
      if (seen >= rank) {
        return (int) h[0];
      }
    }
    return (int) histogram.get(histogram.size() - 1)[0];
  }
}
