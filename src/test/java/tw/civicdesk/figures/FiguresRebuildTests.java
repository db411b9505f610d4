// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A rebuild from the cases gives exactly the rollup that was kept step by step: the same rows of
 * every rollup table (open-case rows that went down to zero aside, which a rebuild never writes).
 */
@IntegrationTest
class FiguresRebuildTests {

  @Autowired ApplicationContext context;
  @Autowired FiguresRebuild rebuild;
  @Autowired JdbcClient jdbc;

  @Test
  void aRebuildFromTheCasesEqualsTheRollupKeptStepByStep() {
    TestOrganisation organisation = TestOrganisation.from(context);
    RandomCaseHistories histories = new RandomCaseHistories(context);
    TestOrganisation.Setup home = organisation.agency("FR", null);
    TestOrganisation.Setup other = organisation.agency("FRO", null);
    int cases = 0;
    for (int run = 0; run < 4; run++) {
      cases += histories.drive(home, other).size();
    }
    List<Map<String, Object>> kept = rollup(home.code(), other.code());

    FiguresRebuild.Result result = rebuild.rebuild();

    assertThat(result.counted()).isGreaterThanOrEqualTo(cases);
    assertThat(kept).isNotEmpty();
    assertThat(rollup(home.code(), other.code())).isEqualTo(kept);
  }

  @Test
  void aRebuildLeavesOutACaseWhoseDaysTheLoadedCalendarCannotCountInsteadOfFailing() {
    TestOrganisation organisation = TestOrganisation.from(context);
    TestOrganisation.Setup home = organisation.agency("FRX", null);
    RandomCaseHistories histories = new RandomCaseHistories(context);
    List<String> decided = List.of();
    for (int run = 0; run < 20 && decided.isEmpty(); run++) {
      histories.drive(home, home);
      decided =
          jdbc.sql(
                  "select c.number from casework_case c join casework_history h"
                      + " on h.case_number = c.number and h.action = 'DECIDE'"
                      + " where c.agency_code = ? and c.parent_number is null order by c.number")
              .param(home.code().value())
              .query(String.class)
              .list();
    }
    assertThat(decided).isNotEmpty();
    String number = decided.get(0);
    String copy = number.substring(0, number.length() - 5) + "99999";
    copyFiveYearsEarlier(number, copy); // received 2025–27, the copy 2020–22: before the calendar

    FiguresRebuild.Result result = rebuild.rebuild();

    assertThat(result.outsideCalendar()).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from figures_case where number in (?, ?)")
                .params(number, copy)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private void copyFiveYearsEarlier(String number, String copy) {
    for (String table : List.of("casework_case", "casework_history")) {
      String key = table.equals("casework_case") ? "number" : "case_number";
      List<String> columns =
          jdbc.sql(
                  "select column_name from information_schema.columns"
                      + " where table_name = ? order by ordinal_position")
              .param(table)
              .query(String.class)
              .list();
      String values =
          columns.stream()
              .map(
                  c ->
                      switch (c) {
                        case "number", "case_number" -> ":copy";
                        case "received_on" -> "received_on - interval '5 years'";
                        case "at", "received_at", "due_date" -> c + " - interval '5 years'";
                        default -> c;
                      })
              .collect(java.util.stream.Collectors.joining(", "));
      jdbc.sql(
              "insert into "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ") select "
                  + values
                  + " from "
                  + table
                  + " where "
                  + key
                  + " = :number")
          .param("copy", copy)
          .param("number", number)
          .update();
    }
  }

  private List<Map<String, Object>> rollup(AgencyCode... agencies) {
    List<String> codes = java.util.Arrays.stream(agencies).map(AgencyCode::value).toList();
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (String sql :
        List.of(
            "select * from figures_case where agency_code in (:a) order by number",
            "select * from figures_month where agency_code in (:a)"
                + " order by agency_code, month, unit_id, service_code, channel, kind",
            "select * from figures_working_days where agency_code in (:a)"
                + " order by agency_code, month, unit_id, service_code, channel, kind, working_days",
            "select * from figures_open where agency_code in (:a) and cases <> 0"
                + " order by agency_code, month, unit_id, service_code, channel, kind, due_on")) {
      rows.addAll(jdbc.sql(sql).param("a", codes).query().listOfRows());
    }
    return rows;
  }
}
