// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

/** How a case was decided. */
public enum Decision {
  /** 核准: granted. */
  APPROVED,
  /** 駁回: refused; the applicant is told how to appeal (訴願). */
  REJECTED,
  /** 函復: answered (petitions, questions), nothing to grant or refuse. */
  ANSWERED,
  /**
   * 不予處理: a petition closed without processing on a ground of 行政程序法 §173 / 要點 point 14 (no real
   * name or contact, a repeat of one already answered, another agency competent); the case is still
   * registered and counted, and the reason names the ground.
   */
  NOT_PROCESSED
}
