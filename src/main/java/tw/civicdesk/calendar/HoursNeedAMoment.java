// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import tw.civicdesk.platform.error.InvalidInputException;

/**
 * A time limit counted in hours runs from the moment of receipt (行政程序法 §48①), so it has a due
 * moment ({@link TimeLimit#dueMoment}) rather than a due date; asking for a date is an error, and
 * asking a day-counted limit for a moment is one too.
 */
public class HoursNeedAMoment extends InvalidInputException {

  public HoursNeedAMoment(TimeLimit limit) {
    super(
        "calendar.error.hours-need-moment",
        "Time limit "
            + limit
            + " has no due "
            + (limit.unit() == TimeLimit.Unit.HOURS ? "date" : "moment"));
  }
}
