// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

/** Where an evaluation stands: reviewers score while it is open; a final one never changes. */
public enum EvaluationStatus {
  OPEN, FINAL
}
