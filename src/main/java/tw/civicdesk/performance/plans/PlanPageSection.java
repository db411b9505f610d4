// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;

/**
 * A part another room adds to a plan's console page ({@code /console/plans/{id}}), so that the
 * plans room shows it without depending on that room: the indicators room adds the readings of the
 * plan's indicators. Every bean implementing it is asked, for a plan in the works only (a plan, not
 * a template, past its draft).
 */
@NamedInterface("api")
public interface PlanPageSection {

  /**
   * Adds what this part of the page shows of {@code plan} to {@code model}; {@code plan} is one the
   * viewer may read.
   */
  void describe(Plan plan, Model model);
}
