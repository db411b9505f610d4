// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

/**
 * Where a unit's progress report stands with the agency's quality officer (研考). A report starts
 * {@link #SUBMITTED}; the officer accepts it or returns it with a comment; a returned report is
 * submitted again; an accepted one is final until the officer reopens it (back to {@link
 * #RETURNED}, with the reason recorded).
 */
public enum ReviewState {
  /** 已填報, waiting for the quality officer. */
  SUBMITTED,
  /** 退回, to be corrected and submitted again. */
  RETURNED,
  /** 已審核 (確認), final. */
  ACCEPTED
}
