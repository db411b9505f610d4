// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import org.springframework.modulith.NamedInterface;

/** An agency's own plan, or a county's or city's template its agencies derive theirs from. */
@NamedInterface("api")
public enum PlanKind {
  PLAN,
  TEMPLATE
}
