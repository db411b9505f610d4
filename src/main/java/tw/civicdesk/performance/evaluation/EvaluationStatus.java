// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import org.springframework.modulith.NamedInterface;

/** Where an evaluation stands: reviewers score while it is open; a final one never changes. */
@NamedInterface("api")
public enum EvaluationStatus {
  OPEN,
  FINAL
}
