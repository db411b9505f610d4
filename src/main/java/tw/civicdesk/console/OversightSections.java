// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.dashboard.Dashboard;
import tw.civicdesk.dashboard.DueLists;
import tw.civicdesk.organisation.Organisation.AgencyFigures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.OverviewAccess;
import tw.civicdesk.performance.PlanSummaries;
import tw.civicdesk.performance.PlanSummary;

/** The counting sections of a console home: the quality officer's and the administrator's. */
@Component
class OversightSections {

  private final CaseWork followUps;
  private final PlanSummaries plans;
  private final Dashboard dashboard;
  private final OverviewAccess overview;

  OversightSections(
      CaseWork followUps, PlanSummaries plans, Dashboard dashboard, OverviewAccess overview) {
    this.followUps = followUps;
    this.plans = plans;
    this.dashboard = dashboard;
    this.overview = overview;
  }

  /** A quality officer's follow-ups, plans and case figures of their own agency, as counts. */
  Home.@Nullable Oversight oversight(StaffPrincipal staff) {
    if (!staff.has(Role.QUALITY_OFFICER)) {
      return null;
    }
    int unanswered = followUps.unansweredFollowUps(staff);
    List<PlanSummary> readable = plans.visibleTo(staff);
    int drafts =
        (int)
            readable.stream()
                .filter(p -> p.agencyCode().equals(staff.agencyCode().value()) && p.draft())
                .count();
    DueLists due = dashboard.dueLists(staff);
    return new Home.Oversight(
        unanswered,
        drafts,
        readable.size(),
        due.overdue().count(),
        due.overdue().more(),
        due.dueSoon().count(),
        due.dueSoon().more(),
        overview.available(staff));
  }

  /** An agency or system administrator's counts of their own agency. */
  Home.@Nullable Administration administration(StaffPrincipal staff, List<AgencyFigures> figures) {
    boolean system = staff.has(Role.SYSTEM_ADMIN);
    if (!system && !staff.has(Role.AGENCY_ADMIN)) {
      return null;
    }
    return figures.stream()
        .filter(f -> f.agency().code().equals(staff.agencyCode()))
        .findFirst()
        .map(f -> new Home.Administration(f.units(), f.activeStaff(), system))
        .orElse(new Home.Administration(0, 0, system));
  }
}
