// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Who may see the performance overview (績效總覽, {@code /console/performance/overview}): the agencies
 * below one side by side for a year. The evaluation room answers it; the console home asks it to
 * offer the overview.
 */
public interface OverviewAccess {

  /** Whether {@code viewer} may see the overview: a quality officer of a supervising agency. */
  boolean available(StaffPrincipal viewer);
}
