// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import tw.civicdesk.casework.CaseNumber;

/**
 * One reminder that falls due for one case.
 *
 * @param occasionKey unique per case and occasion, e.g. {@code due-soon:A1-20260213-00001}: the
 *     notification module posts a notice once per recipient and key
 */
public record Reminder(CaseNumber number, ReminderOccasion occasion, String occasionKey) {

  static Reminder of(CaseNumber number, ReminderOccasion occasion) {
    return new Reminder(number, occasion, occasion.key() + ":" + number.value());
  }
}
