// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Every case as plain facts, page by page in case-number order, for modules that keep their own
 * derived view of all cases and must be able to rebuild it (e.g. the figures rollup). No personal
 * data: no applicant, officer, notes or form values.
 */
@Service
@Transactional(readOnly = true)
public class CaseFacts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final ZoneId zone;

  CaseFacts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.zone = clock.getZone();
  }

  /** Whether any case is stored. */
  public boolean any() {
    return jdbc.sql("select exists (select 1 from casework_case)").query(Boolean.class).single();
  }

  /**
   * Up to {@code limit} cases numbered after {@code after} ("" for the first page), with their
   * history; two queries per page, each a range or key look-up.
   */
  public List<CaseViews.Fact> after(String after, int limit) {
    List<CaseViews.Fact> page = new ArrayList<>();
    jdbc.sql(
            """
        select number, agency_code, unit_id, kind, channel, service_code,
            parent_number is not null as child, status, received_on, due_date, pauses::text,
            open_pause
        from casework_case where number > :after order by number limit :limit""")
        .param("after", after)
        .param("limit", limit)
        .query(
            rs -> {
              page.add(fact(rs));
            });
    if (page.isEmpty()) {
      return page;
    }
    Map<String, List<CaseViews.FactStep>> steps =
        steps(after, page.get(page.size() - 1).number().value());
    return page.stream()
        .map(f -> withSteps(f, steps.getOrDefault(f.number().value(), List.of())))
        .toList();
  }

  /** One case of the page, its steps still to be read. */
  private static CaseViews.Fact fact(ResultSet rs) throws SQLException {
    String code = rs.getString("service_code");
    return new CaseViews.Fact(
        new CaseNumber(rs.getString("number")),
        new AgencyCode(rs.getString("agency_code")),
        rs.getLong("unit_id"),
        CaseKind.valueOf(rs.getString("kind")),
        Channel.valueOf(rs.getString("channel")),
        code == null ? null : new ServiceCode(code),
        rs.getBoolean("child"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getObject("received_on", LocalDate.class),
        rs.getObject("due_date", LocalDate.class),
        JSON.readValue(rs.getString("pauses"), new TypeReference<List<CaseViews.Pause>>() {}),
        rs.getObject("open_pause", LocalDate.class),
        List.of());
  }

  private static CaseViews.Fact withSteps(CaseViews.Fact f, List<CaseViews.FactStep> steps) {
    return new CaseViews.Fact(
        f.number(),
        f.agency(),
        f.unitId(),
        f.kind(),
        f.channel(),
        f.service(),
        f.child(),
        f.status(),
        f.receivedOn(),
        f.dueDate(),
        f.pauses(),
        f.openPause(),
        steps);
  }

  /** The steps of the cases numbered in {@code (after, last]}: one range of the history key. */
  private Map<String, List<CaseViews.FactStep>> steps(String after, String last) {
    Map<String, List<CaseViews.FactStep>> steps = new HashMap<>();
    jdbc.sql(
            """
        select case_number, action, at from casework_history
        where case_number > :after and case_number <= :last and action is not null
        order by case_number, sequence""")
        .param("after", after)
        .param("last", last)
        .query(
            rs -> {
              steps
                  .computeIfAbsent(rs.getString("case_number"), n -> new ArrayList<>())
                  .add(
                      new CaseViews.FactStep(
                          CaseAction.valueOf(rs.getString("action")),
                          rs.getTimestamp("at").toInstant().atZone(zone).toLocalDate()));
            });
    return steps;
  }
}
