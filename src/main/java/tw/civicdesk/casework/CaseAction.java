// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import tw.civicdesk.casework.internal.CaseTransitions;

/** What can be done to a case; each is a row (or several) of {@link CaseTransitions}. */
public enum CaseAction {
  /** 分案 / 改分: give the case to an officer (again). */
  ASSIGN,
  /** 開始處理: the officer starts work. */
  START,
  /** 通知補正: ask the applicant for everything missing, at once (退件一次告知). */
  REQUEST_SUPPLEMENT,
  /** 補正完成: the applicant supplied what was asked; the clock resumes. */
  SUPPLY,
  /** 展延: extend the period once, with a reason, before it runs out (§51③④). */
  EXTEND,
  /** 決行: approve, reject or answer. */
  DECIDE,
  /** 結案: close a decided case. */
  CLOSE,
  /** 移文: send to the competent agency. */
  TRANSFER,
  /** 撤回: the applicant withdraws. */
  WITHDRAW,
  /** 併案: merge into another case as a duplicate. */
  MERGE,
  /** 會辦: open a child case for another unit; the case stays in progress. */
  REQUEST_JOINT_HANDLING,
  /**
   * 期限調整: the system records that an office closure of the agency (停止上班, e.g. a typhoon day) added
   * or withdrawn moved the due date of a case filed under {@link
   * tw.civicdesk.organisation.ClosurePolicy#STOPS_CLOCK}; the status stays.
   */
  RESCHEDULE,
  /**
   * 稽催: a quality officer of the agency chases a case that is due today or late, with a text;
   * internal (never on the public tracking page), the status stays.
   */
  FOLLOW_UP,
  /**
   * 稽催答覆: the assigned officer or a unit head answers the open follow-ups of the case with an
   * explanation (or a quality officer records one given in writing); internal, the status stays.
   */
  ANSWER_FOLLOW_UP,
  /**
   * 改分（跨單位）: a unit head hands the case to another unit of the same agency, whose head assigns it
   * again; the clock runs on and the applicant is told which unit now handles it.
   */
  REROUTE
}
