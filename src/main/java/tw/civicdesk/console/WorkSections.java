// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.console.Home.Cases;
import tw.civicdesk.dashboard.Dashboard;
import tw.civicdesk.dashboard.DueList;
import tw.civicdesk.dashboard.DueLists;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/** The case sections of a console home: the counter clerk's, the officer's, the unit head's. */
@Component
class WorkSections {

  private static final CaseQuery.Filter RECEIVED =
      new CaseQuery.Filter(Set.of(CaseStatus.RECEIVED), null, null, null, false);

  private final CaseWork cases;
  private final Dashboard dashboard;
  private final CaseNames names;
  private final Clock clock;

  WorkSections(CaseWork cases, Dashboard dashboard, CaseNames names, Clock clock) {
    this.cases = cases;
    this.dashboard = dashboard;
    this.names = names;
    this.clock = clock;
  }

  /**
   * The cases a counter clerk filed today, in the order filed. A case number carries the day it was
   * filed ({@link CaseNumber#of}), so the cases filed today are those numbered after the last
   * number yesterday could have had: one keyset page of their list, by number.
   */
  Home.@Nullable Counter counter(StaffPrincipal staff) {
    if (!staff.has(Role.COUNTER_CLERK)) {
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    CaseNumber lastOfYesterday = CaseNumber.of(staff.agencyCode(), today.minusDays(1), 99_999);
    CaseQuery.Page page =
        cases.list(
            new CaseQuery(
                staff,
                CaseQuery.View.ALL,
                CaseQuery.Filter.NONE,
                CaseQuery.Sort.NUMBER,
                new CaseQuery.Cursor(null, lastOfYesterday),
                CaseQuery.MAX_SIZE));
    List<CaseQuery.Row> filed =
        page.rows().stream().filter(r -> r.number().agency().equals(staff.agencyCode())).toList();
    return new Home.Counter(today, cases(staff, filed, page.next() != null));
  }

  /** A case officer's open cases (earliest due first) and their unit's unassigned cases. */
  Home.@Nullable Work work(StaffPrincipal staff) {
    if (!staff.has(Role.CASE_OFFICER)) {
      return null;
    }
    Cases mine = cases(staff, page(staff, CaseQuery.View.MINE, CaseQuery.Filter.NONE));
    Cases unassigned =
        staff.unitId() == null
            ? cases(staff, List.of(), false)
            : unassigned(staff, CaseQuery.View.UNIT);
    return new Home.Work(mine, unassigned);
  }

  /** A unit head's overdue, due-soon and unassigned cases of their unit. */
  Home.@Nullable UnitWork unit(StaffPrincipal staff) {
    if (!staff.has(Role.UNIT_HEAD) || staff.unitId() == null) {
      return null;
    }
    DueLists due = dashboard.dueLists(staff);
    return new Home.UnitWork(
        cases(staff, due.overdue()),
        cases(staff, due.dueSoon()),
        due.windowDays(),
        due.windowEnd(),
        unassigned(staff, CaseQuery.View.UNASSIGNED));
  }

  /**
   * The received cases without an officer: the unit head's own view, or for an officer their unit's
   * list narrowed to received cases nobody has taken.
   */
  private Cases unassigned(StaffPrincipal staff, CaseQuery.View view) {
    CaseQuery.Page page = page(staff, view, RECEIVED);
    return cases(
        staff, page.rows().stream().filter(r -> r.officer() == null).toList(), page.next() != null);
  }

  private CaseQuery.Page page(StaffPrincipal staff, CaseQuery.View view, CaseQuery.Filter filter) {
    return cases.list(
        new CaseQuery(staff, view, filter, CaseQuery.Sort.DUE, null, CaseQuery.MAX_SIZE));
  }

  private Cases cases(StaffPrincipal staff, CaseQuery.Page page) {
    return cases(staff, page.rows(), page.next() != null);
  }

  private Cases cases(StaffPrincipal staff, DueList list) {
    return new Cases(
        names.name(staff, list.rows().stream().limit(Home.SHOWN).toList()),
        list.count(),
        list.more());
  }

  private Cases cases(StaffPrincipal staff, List<CaseQuery.Row> rows, boolean more) {
    return new Cases(
        names.name(staff, rows.stream().limit(Home.SHOWN).toList()), rows.size(), more);
  }
}
