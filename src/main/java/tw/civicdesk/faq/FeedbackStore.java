// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.faq.FaqViews.Month;
import tw.civicdesk.organisation.AgencyCode;

/** The votes and daily views of FAQ entries (V55): counts only, nothing about who. Internal. */
@Repository
class FeedbackStore {

  /** The vote and view totals of one entry in a span. */
  record Totals(String code, long helpful, long unhelpful, long views) {}

  private final JdbcClient jdbc;

  FeedbackStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds {@code count} votes to the entry's day; false when there is no such entry. */
  boolean vote(FaqCode code, LocalDate day, boolean helpful, int count) {
    return jdbc.sql(
                """
                insert into faq_vote (entry_id, day, helpful, votes)
                select id, ?, ?, ? from faq_entry where code = ?
                on conflict (entry_id, day, helpful) do update
                  set votes = faq_vote.votes + excluded.votes
                """)
            .params(day, helpful, count, code.value())
            .update()
        == 1;
  }

  /** Adds {@code count} views to the entry's day. */
  void view(FaqCode code, LocalDate day, int count) {
    jdbc.sql(
            """
            insert into faq_view (entry_id, day, views)
            select id, ?, ? from faq_entry where code = ?
            on conflict (entry_id, day) do update set views = faq_view.views + excluded.views
            """)
        .params(day, count, code.value())
        .update();
  }

  /** Whether the entry has any vote or view at all (the demo loader adds some only when not). */
  boolean anyFeedback(FaqCode code) {
    return jdbc.sql(
            """
            select exists (select 1 from faq_vote v join faq_entry e on e.id = v.entry_id
                            where e.code = :code)
                or exists (select 1 from faq_view v join faq_entry e on e.id = v.entry_id
                            where e.code = :code)
            """)
        .param("code", code.value())
        .query(Boolean.class)
        .single();
  }

  /** Per entry of {@code agency} with an unhelpful vote in the span: its totals there. */
  List<Totals> totals(AgencyCode agency, LocalDate from, LocalDate to) {
    return jdbc
        .sql(
            """
            select e.code,
                   coalesce((select sum(votes) from faq_vote v where v.entry_id = e.id and v.helpful
                              and v.day between :from and :to), 0) as helpful,
                   coalesce((select sum(votes) from faq_vote v where v.entry_id = e.id
                              and not v.helpful and v.day between :from and :to), 0) as unhelpful,
                   coalesce((select sum(views) from faq_view v where v.entry_id = e.id
                              and v.day between :from and :to), 0) as views
              from faq_entry e where e.agency_code = :agency
            """)
        .param("agency", agency.value())
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new Totals(
                    rs.getString("code"),
                    rs.getLong("helpful"),
                    rs.getLong("unhelpful"),
                    rs.getLong("views")))
        .list()
        .stream()
        .filter(t -> t.unhelpful() > 0)
        .toList();
  }

  /** The votes of one entry month by month from {@code from} to {@code to}, every month listed. */
  List<Month> months(FaqCode code, YearMonth from, YearMonth to) {
    Map<YearMonth, long[]> months = new LinkedHashMap<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.put(m, new long[2]);
    }
    jdbc.sql(
            """
            select date_trunc('month', v.day)::date as month, v.helpful, sum(v.votes) as votes
              from faq_vote v join faq_entry e on e.id = v.entry_id
             where e.code = ? and v.day between ? and ?
             group by 1, 2
            """)
        .params(code.value(), from.atDay(1), to.atEndOfMonth())
        .query(
            rs -> {
              long[] m = months.get(YearMonth.from(rs.getDate("month").toLocalDate()));
              if (m != null) {
                m[rs.getBoolean("helpful") ? 0 : 1] += rs.getLong("votes");
              }
            });
    List<Month> list = new ArrayList<>();
    months.forEach((m, v) -> list.add(new Month(m, v[0], v[1])));
    return list;
  }

  /** Views of the agency's entries in the span, and the unhelpful votes in it. */
  long[] viewsAndUnhelpful(AgencyCode agency, LocalDate from, LocalDate to) {
    long views =
        jdbc.sql(
                """
                select coalesce(sum(v.views), 0) from faq_view v
                  join faq_entry e on e.id = v.entry_id
                 where e.agency_code = ? and v.day between ? and ?
                """)
            .params(agency.value(), from, to)
            .query(Long.class)
            .single();
    long unhelpful =
        jdbc.sql(
                """
                select coalesce(sum(v.votes), 0) from faq_vote v
                  join faq_entry e on e.id = v.entry_id
                 where e.agency_code = ? and not v.helpful and v.day between ? and ?
                """)
            .params(agency.value(), from, to)
            .query(Long.class)
            .single();
    return new long[] {views, unhelpful};
  }
}
