// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public searches that found nothing (ADR 0050): the quality officer's list of what to write or fix
 * next. Queries are stored normalised (full-width folded, lower case, variants folded, spaces
 * collapsed), one count per query, agency scope and day. A query that may be personal data (an
 * e-mail address, an ID number, a phone number, six or more digits) is never stored; it only adds
 * to the day's withheld count.
 */
@Service
@Transactional
public class SearchMisses {

  /** Longest query kept, in characters (longer ones are cut). */
  static final int MAX_STORED = 100;

  /**
   * One query that found nothing.
   *
   * @param query the normalised query
   * @param count how often it was searched in the period
   * @param perMonth the count per calendar month of the period, months without any left out
   */
  public record Miss(String query, long count, SortedMap<YearMonth, Long> perMonth) {}

  private final JdbcClient jdbc;

  SearchMisses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Counts a search that found nothing on {@code day}.
   *
   * @param text the query as typed
   * @param agency the agency the search was limited to, {@code null} for the whole site
   * @return {@code false} when the query looked like personal data and was only counted as withheld
   */
  boolean record(String text, @Nullable String agency, LocalDate day) {
    if (QueryPrivacy.looksPersonal(text)) {
      jdbc.sql(
              """
          insert into search_miss_withheld (day, count) values (?, 1)
          on conflict (day) do update set count = search_miss_withheld.count + 1
          """)
          .param(day)
          .update();
      return false;
    }
    String query = normalise(text);
    jdbc.sql(
            """
        insert into search_miss (query, scope, day, count) values (?, ?, ?, 1)
        on conflict (query, scope, day) do update set count = search_miss.count + 1
        """)
        .params(query, agency == null ? "" : agency, day)
        .update();
    return true;
  }

  static String normalise(String text) {
    String folded = VariantFolding.fold(TextNormaliser.normalise(text));
    return folded.codePointCount(0, folded.length()) <= MAX_STORED
        ? folded
        : folded.substring(0, folded.offsetByCodePoints(0, MAX_STORED));
  }

  /**
   * The queries that found nothing between {@code from} and {@code to} (both included), most
   * searched first.
   *
   * @param agency only searches limited to this agency; {@code null} for every search, whatever its
   *     scope
   * @return each query with its total and its count per month; empty when none
   */
  @Transactional(readOnly = true)
  public List<Miss> misses(@Nullable String agency, LocalDate from, LocalDate to) {
    Map<String, TreeMap<YearMonth, Long>> byQuery = new LinkedHashMap<>();
    jdbc.sql(
            """
        select query, date_trunc('month', day)::date as month, sum(count) as n
        from search_miss
        where day between ? and ? and (cast(? as text) is null or scope = ?)
        group by query, month
        order by sum(sum(count)) over (partition by query) desc, query, month
        """)
        .params(from, to, agency, agency)
        .query(
            rs -> {
              byQuery
                  .computeIfAbsent(rs.getString("query"), q -> new TreeMap<>())
                  .put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getLong("n"));
            });
    List<Miss> misses = new ArrayList<>();
    byQuery.forEach(
        (q, months) ->
            misses.add(
                new Miss(q, months.values().stream().mapToLong(Long::longValue).sum(), months)));
    return misses;
  }

  /** How many searches that found nothing were not stored because they looked personal. */
  @Transactional(readOnly = true)
  public long withheld(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select coalesce(sum(count), 0) from search_miss_withheld where day between ? and ?")
        .params(from, to)
        .query(Long.class)
        .single();
  }

  /**
   * Deletes the counts of days before {@code first}: the list serves the planning of the next FAQ
   * entries, for which two years of trend are enough, and a query stays a citizen's words.
   *
   * @return how many rows were deleted
   */
  int purgeBefore(LocalDate first) {
    return jdbc.sql("delete from search_miss where day < ?").param(first).update()
        + jdbc.sql("delete from search_miss_withheld where day < ?").param(first).update();
  }
}
