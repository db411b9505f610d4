// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import java.time.LocalDate;
import java.util.Map;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The due-soon and overdue cases a staff member works, as of {@code today}.
 *
 * @param view whose cases: the staff member's own, their unit's, or the whole agency's
 * @param windowDays the due-soon window in working days
 * @param windowEnd the last day of the window: {@code windowDays} working days after today
 * @param units the names of the agency's units, by id
 * @param services the names of the services of the listed cases, by service code
 */
public record DueLists(
    CaseQuery.View view,
    LocalDate today,
    int windowDays,
    LocalDate windowEnd,
    DueList dueSoon,
    DueList overdue,
    Map<Long, BilingualText> units,
    Map<String, BilingualText> services) {

  public DueLists {
    units = Map.copyOf(units);
    services = Map.copyOf(services);
  }
}
