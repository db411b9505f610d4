// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import tw.civicdesk.platform.error.InvalidInputException;

/**
 * The database holds no calendar days at all, so no date can be computed. This does not happen once
 * the shipped calendar has been loaded at start-up. Message key {@code calendar.error.not-loaded}.
 */
public class CalendarNotLoaded extends InvalidInputException {

  public CalendarNotLoaded() {
    super("calendar.error.not-loaded", "No calendar days are loaded");
  }
}
