// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

/** Where a case stands. */
public enum CaseStatus {
  /** 收件: filed, waiting to be assigned to an officer. */
  RECEIVED,
  /** 分案: an officer has it. */
  ASSIGNED,
  /** 處理中: the officer is working on it. */
  IN_PROGRESS,
  /** 補正中: waiting for the applicant to supply what was missing; the clock is paused. */
  AWAITING_SUPPLEMENT,
  /** 已決行: decided (approved, rejected or answered); the applicant is told. */
  DECIDED,
  /** 結案: closed. */
  CLOSED,
  /** 移文: sent to the competent agency, where a linked case continues. */
  TRANSFERRED,
  /** 撤回: withdrawn by the applicant. */
  WITHDRAWN,
  /** 併案: merged into another case as a duplicate. */
  MERGED;

  /** Whether nothing more happens to a case in this status. */
  public boolean isFinal() {
    return this == CLOSED || this == TRANSFERRED || this == WITHDRAWN || this == MERGED;
  }

  /** Whether the case's clock runs in this status (it stops while awaiting a supplement). */
  public boolean clockRuns() {
    return this == RECEIVED || this == ASSIGNED || this == IN_PROGRESS;
  }
}
