// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

/** An agency's own plan, or a county's or city's template its agencies derive theirs from. */
public enum PlanKind {
  PLAN, TEMPLATE
}
