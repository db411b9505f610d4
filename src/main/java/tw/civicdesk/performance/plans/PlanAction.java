// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

/** What is recorded in a plan's history: its creation, each lifecycle step, each revision. */
public enum PlanAction {
  CREATE,
  APPROVE,
  PUBLISH,
  START,
  CLOSE,
  REVISE
}
