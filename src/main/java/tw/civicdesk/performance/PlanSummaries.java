// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import java.util.List;
import java.util.Optional;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * What the rest of CivicDesk reads of the service-quality plans: the plan an agency's public page
 * links to, and the plans a staff member may read (the console home counts them). The plans room
 * answers it; its pages and its own API are the plans' other doors.
 */
public interface PlanSummaries {

  /**
   * The agency's current plan for the public site: its plan of the latest year that is published
   * (or in execution, or closed), if any. Never a template, never a draft.
   */
  Optional<PlanSummary> current(String agency);

  /** Every plan and template {@code viewer} may read, newest year first. */
  List<PlanSummary> visibleTo(StaffPrincipal viewer);
}
