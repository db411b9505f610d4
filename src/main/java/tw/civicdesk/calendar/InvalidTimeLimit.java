// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import tw.civicdesk.platform.error.InvalidInputException;

/**
 * A period or time limit with a negative length. Periods only run forward. Message key {@code
 * calendar.error.negative-amount}, argument: the amount given.
 */
public class InvalidTimeLimit extends InvalidInputException {

  public InvalidTimeLimit(long amount) {
    super("calendar.error.negative-amount", "A period cannot be negative: " + amount, amount);
  }
}
