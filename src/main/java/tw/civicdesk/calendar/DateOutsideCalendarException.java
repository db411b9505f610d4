// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * A calculation needed a day that the loaded calendar does not cover. The calendar never guesses
 * whether such a day is a working day; an administrator has to import the official calendar for
 * that year first. Message key {@code calendar.error.outside-range}, arguments: the date, the first
 * and the last loaded day.
 */
public class DateOutsideCalendarException extends InvalidInputException {

  private final LocalDate date;
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  /**
   * @param date the day that was needed (for a search running off the end: the day after the last
   *     loaded day)
   * @param firstDay the first loaded day
   * @param lastDay the last loaded day
   */
  public DateOutsideCalendarException(LocalDate date, LocalDate firstDay, LocalDate lastDay) {
    super(
        "calendar.error.outside-range",
        "Date " + date + " is outside the loaded calendar " + firstDay + ".." + lastDay,
        date,
        firstDay,
        lastDay);
    this.date = date;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /** The day that was needed but is not loaded. */
  public LocalDate date() {
    return date;
  }

  /** The first day of the loaded calendar. */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** The last day of the loaded calendar. */
  public LocalDate lastDay() {
    return lastDay;
  }
}
