// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

/**
 * When reminders fall due, in the agency's working days.
 *
 * @param dueSoonWorkingDays a case is "due soon" this many working days before its due date or
 *     fewer (default 2)
 * @param escalateAfterWorkingDays the unit head is told once a case is late this many working days
 *     (default 1)
 * @param severeFactor a case is severely late, and the quality officer told, once this many times
 *     its time limit has passed since it was received (default 3, as Signalen does)
 * @param unassignedWorkingDays the unit head is told of a case nobody was given after this many
 *     working days (default 1)
 */
public record ReminderPolicy(
    int dueSoonWorkingDays,
    int escalateAfterWorkingDays,
    int severeFactor,
    int unassignedWorkingDays) {

  /** The defaults of the deadlines issue. */
  public static final ReminderPolicy DEFAULT = new ReminderPolicy(2, 1, 3, 1);

  public ReminderPolicy {
    if (dueSoonWorkingDays < 0
        || escalateAfterWorkingDays < 1
        || severeFactor < 2
        || unassignedWorkingDays < 1) {
      throw new IllegalArgumentException("Reminder policy out of range");
    }
  }
}
