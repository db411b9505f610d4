// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.util.List;

/**
 * The calendar shipped with the application, read from its CSV by the loader itself, for unit tests
 * of every module that counts days.
 */
public final class ShippedCalendar {

  public static final List<CalendarDay> DAYS = ShippedCalendarLoader.readShipped();
  public static final CalendarSnapshot SNAPSHOT = CalendarSnapshot.of(DAYS, List.of());

  private ShippedCalendar() {}
}
