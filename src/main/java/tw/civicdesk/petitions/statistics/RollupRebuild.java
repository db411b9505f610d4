// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recounts the petition rollup from the read model ({@code petition_case}): at start-up when the
 * read model has rows and the tally has none (a database with petitions from before the
 * statistics), after a repair, or for a test that compares it with the rollup kept step by step.
 *
 * <p>One transaction that first locks the tally and the rollup, so steps taken meanwhile wait and
 * then apply to the recounted rows. Each case's group, reply (day, on time, §173) and status come
 * from the read model; what only the tally knows — the day of receipt, whether the petitioner could
 * be recognised and was a repeat, the day of a transfer — is kept from it, and for a case without a
 * tally taken as the day it was filed, "not anonymous", "no repeat" and the day of its last change.
 */
@Service
public class RollupRebuild implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RollupRebuild.class);

  private static final String TALLIES =
      """
      insert into petition_tally (case_number, agency_code, kind, channel, category_code, district,
          received_on, named, repeat, replied_on, replied_on_time, not_processed, transferred_on)
      select c.case_number, c.agency_code, c.kind, c.channel, c.category_code,
          coalesce(btrim(c.district), ''),
          coalesce(t.received_on, (c.filed_at at time zone 'Asia/Taipei')::date),
          coalesce(t.named, not c.anonymous),
          coalesce(t.repeat, false),
          (c.replied_at at time zone 'Asia/Taipei')::date,
          case when c.replied_at is not null then coalesce(c.replied_on_time, true) end,
          c.replied_at is not null and coalesce(c.decision = 'NOT_PROCESSED', false),
          case when c.status = 'TRANSFERRED'
              then coalesce(t.transferred_on, (c.updated_at at time zone 'Asia/Taipei')::date) end
      from petition_case c left join petition_tally t on t.case_number = c.case_number
      on conflict (case_number) do update set agency_code = excluded.agency_code,
          kind = excluded.kind, channel = excluded.channel,
          category_code = excluded.category_code, district = excluded.district,
          received_on = excluded.received_on, named = excluded.named, repeat = excluded.repeat,
          replied_on = excluded.replied_on, replied_on_time = excluded.replied_on_time,
          not_processed = excluded.not_processed, transferred_on = excluded.transferred_on
      """;

  private static final String ROLLUP =
      """
      insert into petition_rollup (agency_code, month, kind, channel, category_code, district,
          received, named, repeats, replied, replied_on_time, reply_days, not_processed, transferred)
      select agency_code, month, kind, channel, category_code, district, sum(received), sum(named),
          sum(repeats), sum(replied), sum(on_time), sum(days), sum(not_processed), sum(transferred)
      from (
          select agency_code, date_trunc('month', received_on)::date as month, kind, channel,
              category_code, district, 1 as received, named::int as named, repeat::int as repeats,
              0 as replied, 0 as on_time, 0 as days, 0 as not_processed, 0 as transferred
          from petition_tally
          union all
          select agency_code, date_trunc('month', replied_on)::date, kind, channel, category_code,
              district, 0, 0, 0, 1, replied_on_time::int, greatest(replied_on - received_on, 0),
              not_processed::int, 0
          from petition_tally where replied_on is not null
          union all
          select agency_code, date_trunc('month', transferred_on)::date, kind, channel,
              category_code, district, 0, 0, 0, 0, 0, 0, 0, 1
          from petition_tally where transferred_on is not null
      ) counted
      group by agency_code, month, kind, channel, category_code, district
      """;

  private static final String DAYS =
      """
      insert into petition_reply_days (agency_code, month, kind, channel, category_code, district,
          days, replies)
      select agency_code, date_trunc('month', replied_on)::date, kind, channel, category_code,
          district, greatest(replied_on - received_on, 0), count(*)
      from petition_tally where replied_on is not null
      group by 1, 2, 3, 4, 5, 6, 7
      """;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  RollupRebuild(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** Replaces the whole rollup with one recounted from the read model; the cases counted. */
  public int rebuild() {
    Integer counted =
        transactions.execute(
            tx -> {
              jdbc.sql(
                      "lock table petition_tally, petition_rollup, petition_reply_days"
                          + " in exclusive mode")
                  .update();
              int cases = jdbc.sql(TALLIES).update();
              jdbc.sql("delete from petition_rollup").update();
              jdbc.sql("delete from petition_reply_days").update();
              jdbc.sql(ROLLUP).update();
              jdbc.sql(DAYS).update();
              return cases;
            });
    return counted == null ? 0 : counted;
  }

  /** At start-up: recounts when the read model has cases and the tally none. */
  @Override
  public void run(ApplicationArguments args) {
    boolean needed =
        Boolean.TRUE.equals(
            jdbc.sql(
                    "select exists (select 1 from petition_case)"
                        + " and not exists (select 1 from petition_tally)")
                .query(Boolean.class)
                .single());
    if (needed) {
      LOG.info("Petition statistics: recounted {} cases from the read model", rebuild());
    }
  }
}
