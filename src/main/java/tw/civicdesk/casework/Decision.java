// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

/** How a case was decided. */
public enum Decision {
  /** 核准: granted. */
  APPROVED,
  /** 駁回: refused; the applicant is told how to appeal (訴願). */
  REJECTED,
  /** 函復: answered (petitions, questions), nothing to grant or refuse. */
  ANSWERED
}
