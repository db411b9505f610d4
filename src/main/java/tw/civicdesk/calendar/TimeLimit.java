// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.util.Objects;

/**
 * A time limit for handling something: an amount and a unit, e.g. {@code workingDays(6)} for a 普通件
 * or {@code months(2)} for an application without a published processing period. Turned into a due
 * date only by {@link WorkingCalendar#dueDate}.
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
    MONTHS,
    /**
     * Hours from the moment of receipt (§48①), e.g. services handled on arrival (隨到隨辦); turned into
     * a due moment by {@link #dueMoment}, not into a due date.
     */
    HOURS
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

  /** A limit of {@code amount} hours; throws {@link InvalidTimeLimit} if negative. */
  public static TimeLimit hours(int amount) {
    return new TimeLimit(amount, Unit.HOURS);
  }

  /**
   * The moment an {@link Unit#HOURS} limit ends: {@code received} plus the hours, counted as clock
   * hours from the moment given (行政程序法 §48①).
   *
   * @throws HoursNeedAMoment when this limit is not counted in hours
   */
  public java.time.LocalDateTime dueMoment(java.time.LocalDateTime received) {
    if (unit != Unit.HOURS) {
      throw new HoursNeedAMoment(this);
    }
    return received.plusHours(amount);
  }

  /** A limit of {@code amount} months; throws {@link InvalidTimeLimit} if negative. */
  public static TimeLimit months(int amount) {
    return new TimeLimit(amount, Unit.MONTHS);
  }
}
