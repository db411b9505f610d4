// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import java.util.Locale;
import tw.civicdesk.organisation.Role;

/** Why a reminder is sent, and to whom (稽催對象). */
public enum ReminderOccasion {
  /** 即將到期: the due date is near. To the assigned officer. */
  DUE_SOON(Role.CASE_OFFICER),
  /** 今日到期: due today. To the assigned officer. */
  DUE_TODAY(Role.CASE_OFFICER),
  /** 逾期: past the due date. To the assigned officer. */
  OVERDUE(Role.CASE_OFFICER),
  /** 逾期陳報: late for some working days. To the unit head as well. */
  OVERDUE_ESCALATED(Role.UNIT_HEAD),
  /** 嚴重逾期: three times the time limit has passed. To the quality officer. */
  SEVERELY_OVERDUE(Role.QUALITY_OFFICER),
  /** 未分案: nobody was given the case. To the unit head. */
  UNASSIGNED(Role.UNIT_HEAD);

  private final Role recipient;

  ReminderOccasion(Role recipient) {
    this.recipient = recipient;
  }

  /** The role told; {@link Role#CASE_OFFICER} means the case's own officer. */
  public Role recipient() {
    return recipient;
  }

  /** The occasion in keys, lower case with hyphens, e.g. {@code due-soon}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
