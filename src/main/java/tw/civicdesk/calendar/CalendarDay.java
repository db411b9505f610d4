// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the official office calendar.
 *
 * @param day the date
 * @param holiday {@code true} when government offices are closed (是否放假 = 2: weekend, national
 *     holiday or 補假); {@code false} for a working day, including a 補行上班 Saturday
 * @param description the remark (備註) as published, e.g. 春節 or 補行上班; empty when none. For display
 *     only: it never decides whether the day is a working day
 */
public record CalendarDay(LocalDate day, boolean holiday, String description) {

  /** Trims the description; a null description becomes empty. */
  public CalendarDay {
    Objects.requireNonNull(day, "day");
    description = description == null ? "" : description.strip();
  }
}
