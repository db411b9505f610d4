// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.DatabaseOwner;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseQuery.Cursor;
import tw.civicdesk.casework.CaseQuery.Filter;
import tw.civicdesk.casework.CaseQuery.Sort;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.internal.CaseListQueries.Query;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The query plans of the case lists on one agency with many cases received over 880 days, all
 * closed but those of the last two months (about 7 %), like a real agency's; in a transaction that
 * is rolled back. Every run of the suite checks 200,000 cases; the full million takes about 2.5
 * minutes and runs on request: {@code ./mvnw test -Dtest=CaseListPlanTests
 * -Dcivicdesk.explain.rows=1000000}. The plans are written to {@code target/case-list-plans.txt}.
 * Every default view must read an index in order: no sequential scan and no sort. It runs as the
 * tables' owner: {@code ANALYZE} of the generated rows, inside the transaction that made them, is
 * the owner's (the application's role would be skipped with a warning and leave the planner
 * guessing).
 */
@IntegrationTest
class CaseListPlanTests {

  static final AgencyCode BIG = new AgencyCode("PLAN-BIG");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final int ROWS = Integer.getInteger("civicdesk.explain.rows", 200_000);

  @Autowired Flyway flyway;
  private JdbcClient jdbc;

  @Test
  void theDefaultViewsReadAnIndexInOrderOnAnAgencyWithManyCases() {
    DatabaseOwner owner = DatabaseOwner.of(flyway);
    jdbc = owner.jdbc();
    owner
        .transactions()
        .executeWithoutResult(
            tx -> {
              generate();
              Map<String, String> plans = new LinkedHashMap<>();
              queries().forEach((name, q) -> plans.put(name, explain(q)));
              write(plans);
              plans.forEach(
                  (name, plan) -> {
                    if (name.startsWith("default")) {
                      assertThat(plan)
                          .as(name)
                          .doesNotContain("Seq Scan")
                          .doesNotContain("Sort Key")
                          .contains("Index");
                    }
                  });
              tx.setRollbackOnly();
            });
  }

  private void generate() {
    jdbc.sql(
            """
        insert into casework_case (number, kind, channel, agency_code, unit_id, service_code,
          service_version, status, officer, received_on, limit_amount, limit_unit, due_date,
          version, created_at, updated_at)
        select 'PLAN-BIG-' || to_char(r, 'YYYYMMDD') || '-' || lpad(i::text, 7, '0'),
          'APPLICATION', (array['COUNTER', 'ONLINE', 'PHONE', 'MAIL'])[1 + i % 4], 'PLAN-BIG',
          i % 19, 'SVC-' || (i % 50), 1, s,
          case when s = 'RECEIVED' then null else 'officer' || (i % 197) end, r, 10,
          'CALENDAR_DAYS', case when s = 'AWAITING_SUPPLEMENT' then null else r + 10 end, 0,
          now(), now()
        from (select i, date '2024-01-01' + (i % 880) as r,
                case when date '2024-01-01' + (i % 880) < date '2026-04-01' then 'CLOSED'
                     when i % 10 < 3 then 'RECEIVED' when i % 10 < 6 then 'IN_PROGRESS'
                     when i % 10 < 7 then 'AWAITING_SUPPLEMENT' when i % 10 < 8 then 'DECIDED'
                     else 'ASSIGNED' end as s
              from generate_series(1, ?) i) g
        """)
        .param(ROWS)
        .update();
    jdbc.sql("analyze casework_case").update();
  }

  private static Map<String, Query> queries() {
    Map<String, Query> q = new LinkedHashMap<>();
    Cursor dueCursor =
        new Cursor(LocalDate.of(2025, 3, 1), new CaseNumber("PLAN-BIG-20250219-0500000"));
    q.put(
        "default mine (officer7, due)",
        query(CaseQuery.View.MINE, "officer7", null, Filter.NONE, Sort.DUE, null));
    q.put(
        "default mine, page 2",
        query(CaseQuery.View.MINE, "officer7", null, Filter.NONE, Sort.DUE, dueCursor));
    q.put(
        "default unit 3 (due)", query(CaseQuery.View.UNIT, null, 3L, Filter.NONE, Sort.DUE, null));
    q.put(
        "default unassigned, agency-wide",
        query(CaseQuery.View.UNASSIGNED, null, null, Filter.NONE, Sort.DUE, null));
    q.put(
        "default unassigned, unit 3",
        query(CaseQuery.View.UNASSIGNED, null, 3L, Filter.NONE, Sort.DUE, null));
    q.put("default all (due)", query(CaseQuery.View.ALL, null, null, Filter.NONE, Sort.DUE, null));
    q.put(
        "default all (due), deep page",
        query(CaseQuery.View.ALL, null, null, Filter.NONE, Sort.DUE, dueCursor));
    q.put(
        "default all (received)",
        query(CaseQuery.View.ALL, null, null, Filter.NONE, Sort.RECEIVED, null));
    q.put(
        "default all (number)",
        query(
            CaseQuery.View.ALL,
            null,
            null,
            Filter.NONE,
            Sort.NUMBER,
            new Cursor(null, new CaseNumber("PLAN-BIG-20250219-0500000"))));
    q.put(
        "all, status IN_PROGRESS",
        query(
            CaseQuery.View.ALL,
            null,
            null,
            new Filter(Set.of(CaseStatus.IN_PROGRESS), null, null, null, false),
            Sort.DUE,
            null));
    q.put(
        "all, overdue only",
        query(
            CaseQuery.View.ALL,
            null,
            null,
            new Filter(Set.of(), null, null, null, true),
            Sort.DUE,
            null));
    q.put(
        "all, channel PHONE",
        query(
            CaseQuery.View.ALL,
            null,
            null,
            new Filter(Set.of(), null, tw.civicdesk.catalogue.Channel.PHONE, null, false),
            Sort.DUE,
            null));
    return q;
  }

  private static Query query(
      CaseQuery.View view, String officer, Long unit, Filter filter, Sort sort, Cursor after) {
    return CaseListQueries.query(BIG, view, officer, unit, filter, sort, after, 21, TODAY);
  }

  private String explain(Query q) {
    return jdbc
        .sql("explain (analyze, buffers, timing off, summary on) " + q.sql())
        .params(q.params())
        .query(String.class)
        .list()
        .stream()
        .collect(Collectors.joining("\n"));
  }

  private static void write(Map<String, String> plans) {
    StringBuilder out = new StringBuilder();
    plans.forEach(
        (name, plan) -> out.append("== ").append(name).append('\n').append(plan).append("\n\n"));
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "case-list-plans.txt"), out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
