// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.Locale;

/**
 * What an in-console notice tells a staff member. Its text is {@code notification.staff.<key>} of
 * the {@code i18n/notification} bundle, formatted with the notice's arguments (the case number
 * first).
 */
public enum StaffNoticeKind {
  /** A case was assigned to you (分案). Args: case number. */
  CASE_ASSIGNED,
  /** The applicant supplied the missing documents (補正完成). Args: case number. */
  SUPPLEMENT_SUPPLIED,
  /** The applicant withdrew (撤回). Args: case number. */
  CASE_WITHDRAWN,
  /** Your unit is asked to handle part of a case (會辦). Args: child case, parent case. */
  JOINT_HANDLING_REQUESTED,
  /** Another agency transferred a case to yours (移文). Args: new case, case it came from. */
  CASE_TRANSFERRED_IN,
  /** A message to the applicant was given up or bounced; reach them another way. Args: case. */
  MESSAGE_UNDELIVERED,
  /** Due in a few working days (即將到期). Args: case, due date (ISO). */
  DUE_SOON,
  /** Due today (今日到期). Args: case, due date. */
  DUE_TODAY,
  /** Past its due date (逾期). Args: case, due date. */
  OVERDUE,
  /** Late for some working days: to the unit head (逾期陳報). Args: case, due date. */
  OVERDUE_ESCALATED,
  /** Its time limit has run three times: to the quality officer (嚴重逾期). Args: case, due. */
  SEVERELY_OVERDUE,
  /** Nobody was given the case (未分案): to the unit head. Args: case, received on. */
  UNASSIGNED,
  /**
   * A reminder about a case (稽催), e.g. from the deadlines module. Args: case number, due date
   * (ISO). The deadlines module may add kinds of its own for each occasion.
   */
  REMINDER,
  /**
   * A quality officer sent a follow-up (稽催) on a case: to its officer and unit heads. Args: case.
   */
  FOLLOW_UP,
  /** The follow-up you sent was answered: to the quality officer. Args: case. */
  FOLLOW_UP_ANSWERED,
  /**
   * 每日摘要: an officer's own running cases that are due soon, due today and late. Args: day (ISO),
   * last day of the due-soon window (ISO), then the three counts.
   */
  DIGEST,
  /**
   * 每日摘要 (單位): a unit head's unit — cases due soon, due today, late, and not assigned. Args: day,
   * last day of the due-soon window, then the four counts.
   */
  UNIT_DIGEST,
  /**
   * 管制考核: a unit head's unit has not reported on a practice of a service-quality plan for a period
   * that has ended (from the performance module). Args: period, practice (excerpt), plan title,
   * plan id.
   */
  PLAN_PROGRESS_DUE,
  /**
   * 常見問題檢視到期: the review date of an FAQ entry of your unit has passed (from the faq module). Args:
   * entry code, question (Chinese), review date (ISO).
   */
  FAQ_REVIEW_DUE,
  /**
   * 電話禮貌測試追蹤: a phone-courtesy test of your unit scored under the threshold; an improvement report
   * is due (from the courtesy module). Args: follow-up id, test day, total, due date.
   */
  COURTESY_FOLLOW_UP,
  /**
   * The improvement report of a courtesy follow-up is due soon. Args: as {@link
   * #COURTESY_FOLLOW_UP}.
   */
  COURTESY_FOLLOW_UP_DUE,
  /**
   * The improvement report of a courtesy follow-up is late. Args: as {@link #COURTESY_FOLLOW_UP}.
   */
  COURTESY_FOLLOW_UP_OVERDUE,
  /** A unit submitted its improvement report: to the quality officers. Args: as above. */
  COURTESY_FOLLOW_UP_SUBMITTED,
  /** The quality officer sent the improvement report back. Args: as above. */
  COURTESY_FOLLOW_UP_RETURNED,
  /**
   * 連結失效: a link your unit owns failed the weekly link check twice in a row (from the links
   * module). Args: link id, title (Chinese), address, broken since (ISO).
   */
  LINK_BROKEN;

  /** The kind in message keys, lower case with hyphens. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
