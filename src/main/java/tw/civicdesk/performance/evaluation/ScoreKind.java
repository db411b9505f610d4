// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

/** Whose score it is: the agency's own (自評) or its supervising agency's (複評); kept apart. */
public enum ScoreKind {
  /** 自評: a quality officer of the plan's own agency. */
  SELF,
  /** 複評: a quality officer of an agency above it (the county reviewing its offices). */
  REVIEW
}
