// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The reminder rules (稽催規則) as a pure function: which reminders fall due for an open case on a day.
 * Every count is in the agency's working days ({@link CalendarSnapshot}), so a Lunar New Year week
 * or a typhoon closure moves reminders as it moves due dates. On a day off nothing falls due; what
 * fell due then is answered on the next working day, since each rule holds for every day after its
 * moment (the occasion key keeps it to one notice).
 *
 * <ul>
 *   <li>unassigned for more than {@link ReminderPolicy#unassignedWorkingDays()} → unit head;
 *   <li>while a supplement is awaited (no due date), nothing else;
 *   <li>{@link ReminderPolicy#dueSoonWorkingDays()} working days before the due date or fewer, but
 *       not on it → due soon; on it → due today; after it → overdue (officer);
 *   <li>late {@link ReminderPolicy#escalateAfterWorkingDays()} working days → unit head;
 *   <li>its time limit run {@link ReminderPolicy#severeFactor()} times (due date plus factor − 1
 *       more periods) → quality officer.
 * </ul>
 */
public final class ReminderRules {

  private ReminderRules() {}

  /** The reminders due for {@code c} on {@code today}, in the order of the list above. */
  public static List<Reminder> dueOn(
      OpenCase c, LocalDate today, CalendarSnapshot calendar, ReminderPolicy policy) {
    List<Reminder> due = new ArrayList<>();
    if (!calendar.isWorkingDay(c.agency(), today)) {
      return due;
    }
    if (c.officer() == null
        && calendar.workingDaysBetween(c.agency(), c.receivedOn(), today)
            > policy.unassignedWorkingDays()) {
      due.add(Reminder.of(c.number(), ReminderOccasion.UNASSIGNED));
    }
    LocalDate dueDate = c.dueDate();
    if (dueDate == null) {
      return due;
    }
    ReminderOccasion standing = standing(c.agency(), dueDate, today, calendar, policy);
    if (standing != null) {
      due.add(Reminder.of(c.number(), standing));
    }
    if (standing == ReminderOccasion.OVERDUE) {
      if (-calendar.workingDaysBetween(c.agency(), today, dueDate)
          >= policy.escalateAfterWorkingDays()) {
        due.add(Reminder.of(c.number(), ReminderOccasion.OVERDUE_ESCALATED));
      }
      if (!today.isBefore(severeFrom(dueDate, c, calendar, policy))) {
        due.add(Reminder.of(c.number(), ReminderOccasion.SEVERELY_OVERDUE));
      }
    }
    return due;
  }

  /**
   * Where a case due on {@code dueDate} stands on {@code today} — {@link ReminderOccasion#DUE_SOON}
   * ({@link ReminderPolicy#dueSoonWorkingDays()} working days before or fewer), {@link
   * ReminderOccasion#DUE_TODAY} or {@link ReminderOccasion#OVERDUE} — or {@code null} when it is
   * not yet due soon. The one definition the reminders and the daily digest share.
   */
  public static @Nullable ReminderOccasion standing(
      AgencyCode agency,
      LocalDate dueDate,
      LocalDate today,
      CalendarSnapshot calendar,
      ReminderPolicy policy) {
    if (today.equals(dueDate)) {
      return ReminderOccasion.DUE_TODAY;
    }
    if (today.isAfter(dueDate)) {
      return ReminderOccasion.OVERDUE;
    }
    int left = calendar.workingDaysBetween(agency, today, dueDate);
    return left <= policy.dueSoonWorkingDays() ? ReminderOccasion.DUE_SOON : null;
  }

  /**
   * The first day a case counts as severely late: when its time limit has run {@code factor} times
   * — the due date (which already holds pauses and an extension) plus {@code factor − 1} more
   * periods; an hours limit counts as one working day.
   */
  static LocalDate severeFrom(
      LocalDate dueDate, OpenCase c, CalendarSnapshot calendar, ReminderPolicy policy) {
    int more = policy.severeFactor() - 1;
    TimeLimit periods =
        c.limit().unit() == TimeLimit.Unit.HOURS
            ? TimeLimit.workingDays(more)
            : new TimeLimit(c.limit().amount() * more, c.limit().unit());
    return calendar.dueDate(c.agency(), dueDate, periods).plusDays(1);
  }
}
