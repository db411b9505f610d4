// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import tw.civicdesk.platform.error.InvalidInputException;

/**
 * A closure's reason is missing or too long. Message key {@code calendar.closure.error.reason},
 * arguments: the minimum and maximum length in characters.
 */
public class InvalidClosureReason extends InvalidInputException {

  public InvalidClosureReason(int min, int max) {
    super(
        "calendar.closure.error.reason",
        "A closure reason must have " + min + " to " + max + " characters",
        min,
        max);
  }
}
