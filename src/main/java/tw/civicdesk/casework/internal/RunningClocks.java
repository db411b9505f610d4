// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The cases whose clock runs (received, assigned, in progress) with what the deadlines module needs
 * to chase them, page by page in case-number order. No personal data.
 */
@Service
@Transactional(readOnly = true)
public class RunningClocks {

  private final JdbcClient jdbc;

  RunningClocks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Up to {@code limit} such cases numbered after {@code after} ("" for the first page). */
  public List<CaseViews.RunningCase> after(String after, int limit) {
    return after(after, limit, 0, 1);
  }

  /**
   * Up to {@code limit} such cases of part {@code part} of {@code parts} numbered after {@code
   * after}: the parts split the running cases by a hash of their number, so that each case belongs
   * to exactly one part and sweeps of different parts can run side by side.
   *
   * @throws IllegalArgumentException unless {@code 0 <= part < parts}
   */
  public List<CaseViews.RunningCase> after(String after, int limit, int part, int parts) {
    if (parts < 1 || part < 0 || part >= parts) {
      throw new IllegalArgumentException("part " + part + " of " + parts);
    }
    return jdbc.sql(
            """
        select number, agency_code, unit_id, officer, received_on, limit_amount, limit_unit,
            due_date
        from casework_case
        where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and number > :after
          and mod(hashtext(number)::bigint + 2147483648, :parts) = :part
        order by number limit :limit""")
        .param("after", after)
        .param("limit", limit)
        .param("part", part)
        .param("parts", parts)
        .query(
            (rs, n) ->
                new CaseViews.RunningCase(
                    new CaseNumber(rs.getString("number")),
                    new AgencyCode(rs.getString("agency_code")),
                    rs.getLong("unit_id"),
                    rs.getString("officer"),
                    rs.getObject("received_on", LocalDate.class),
                    new TimeLimit(
                        rs.getInt("limit_amount"),
                        TimeLimit.Unit.valueOf(rs.getString("limit_unit"))),
                    rs.getObject("due_date", LocalDate.class)))
        .list();
  }
}
