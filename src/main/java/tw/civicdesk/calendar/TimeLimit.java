// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.util.Objects;

/**
 * A time limit for handling something: an amount and a unit, e.g. {@code workingDays(6)} for a
 * 普通件 or {@code months(2)} for an application without a published processing period. Turned
 * into a due date only by {@link WorkingCalendar#dueDate}.
 *
 * @param amount the length, zero or more
 * @param unit how the length is counted
 */
public record TimeLimit(int amount, Unit unit) {

  /** The processing period when the agency has published none: two months (行政程序法 §51②). */
  public static final TimeLimit STATUTORY_DEFAULT = months(2);

  /** How a time limit is counted. */
  public enum Unit {
    /** Working days after the start day (§48②); the result is always a working day. */
    WORKING_DAYS,
    /** Calendar days after the start day; the last day rolls to a working day (§48④). */
    CALENDAR_DAYS,
    /** Calendar months (§48③); the last day rolls to a working day (§48④). */
    MONTHS
  }

  /**
   * @throws InvalidTimeLimit when {@code amount} is negative
   * @throws NullPointerException when {@code unit} is null
   */
  public TimeLimit {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new InvalidTimeLimit(amount);
    }
  }

  /** A limit of {@code amount} working days; throws {@link InvalidTimeLimit} if negative. */
  public static TimeLimit workingDays(int amount) {
    return new TimeLimit(amount, Unit.WORKING_DAYS);
  }

  /** A limit of {@code amount} calendar days; throws {@link InvalidTimeLimit} if negative. */
  public static TimeLimit calendarDays(int amount) {
    return new TimeLimit(amount, Unit.CALENDAR_DAYS);
  }

  /** A limit of {@code amount} months; throws {@link InvalidTimeLimit} if negative. */
  public static TimeLimit months(int amount) {
    return new TimeLimit(amount, Unit.MONTHS);
  }
}
