// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import tw.civicdesk.organisation.AgencyCode;

/**
 * An immutable view of the office calendar at one moment: a contiguous run of days, each a working
 * day or a day off by the official calendar, plus each agency's full-day closures. All period
 * arithmetic of CivicDesk happens here (行政程序法 §48).
 *
 * <p>A day is a <em>working day</em> for an agency when the official calendar marks it as a working
 * day (是否放假 = 0, which includes 補行上班 Saturdays) and the agency has no {@link ClosureKind#FULL_DAY}
 * closure on it. {@link ClosureKind#HALF_DAY} closures do not remove the working day: the office
 * still opens for part of the day and can receive and dispatch, so they are kept for the record
 * only.
 *
 * <p>A day is a <em>running day</em> for an agency when it is not a working day removed by one of
 * the agency's full-day closures: calendar-day periods that a closure stops (行政程序法 §51⑤) count
 * running days ({@link #addRunningDays}). {@link #withoutClosures()} is the view for periods that
 * agency closures do not move.
 *
 * <p>Every method needs its dates to lie within {@link #firstDay()}..{@link #lastDay()}. A date
 * outside that range, including one that a roll or a search would need beyond the last day, raises
 * {@link DateOutsideCalendarException}; the calendar never guesses. Amounts must not be negative
 * ({@link InvalidTimeLimit}). Arguments must not be null.
 *
 * <p>Cost: building is linear in the number of days and closures; every query is O(log n) (prefix
 * sums of national working days, binary search, sorted per-agency closure arrays). Instances are
 * thread-safe.
 */
public final class CalendarSnapshot {

  private static final int[] NO_CLOSURES = new int[0];

  private final LocalDate firstDay;
  private final boolean[] holiday;

  /** {@code workingBefore[i]}: national working days among indices {@code [0, i)}. */
  private final int[] workingBefore;

  /** Per agency: sorted indices of national working days that a full-day closure removes. */
  private final Map<AgencyCode, int[]> closedWorkingDays;

  /** The same official calendar without any agency closure; {@code this} when there are none. */
  private final CalendarSnapshot withoutClosures;

  private CalendarSnapshot(
      LocalDate firstDay, boolean[] holiday, Map<AgencyCode, int[]> closedWorkingDays) {
    this.firstDay = firstDay;
    this.holiday = holiday;
    this.closedWorkingDays = closedWorkingDays;
    this.workingBefore = new int[holiday.length + 1];
    for (int i = 0; i < holiday.length; i++) {
      workingBefore[i + 1] = workingBefore[i] + (holiday[i] ? 0 : 1);
    }
    this.withoutClosures = closedWorkingDays.isEmpty() ? this : new CalendarSnapshot(this);
  }

  /** A view of {@code full}'s official calendar that ignores every agency closure. */
  private CalendarSnapshot(CalendarSnapshot full) {
    this.firstDay = full.firstDay;
    this.holiday = full.holiday;
    this.workingBefore = full.workingBefore;
    this.closedWorkingDays = Map.of();
    this.withoutClosures = this;
  }

  /**
   * Builds a snapshot.
   *
   * @param days the official calendar: at least one day, in any order, forming one contiguous run
   *     without duplicates
   * @param closures agency closures in any order; half-day closures, closures on days off and
   *     closures outside the days given change nothing
   * @throws IllegalArgumentException when {@code days} is empty, has a gap or a duplicate
   */
  public static CalendarSnapshot of(List<CalendarDay> days, Collection<AgencyClosure> closures) {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(closures, "closures");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("A calendar needs at least one day");
    }
    List<CalendarDay> sorted = new ArrayList<>(days);
    sorted.sort(Comparator.comparing(CalendarDay::day));
    LocalDate first = sorted.get(0).day();
    boolean[] holiday = new boolean[sorted.size()];
    for (int i = 0; i < holiday.length; i++) {
      LocalDate expected = first.plusDays(i);
      if (!sorted.get(i).day().equals(expected)) {
        throw new IllegalArgumentException(
            "Calendar days must be contiguous and unique: expected "
                + expected
                + " but found "
                + sorted.get(i).day());
      }
      holiday[i] = sorted.get(i).holiday();
    }
    return new CalendarSnapshot(first, holiday, closedIndices(first, holiday, closures));
  }

  private static Map<AgencyCode, int[]> closedIndices(
      LocalDate first, boolean[] holiday, Collection<AgencyClosure> closures) {
    Map<AgencyCode, TreeSet<Integer>> byAgency = new HashMap<>();
    for (AgencyClosure closure : closures) {
      long index = ChronoUnit.DAYS.between(first, closure.day());
      if (closure.kind() == ClosureKind.FULL_DAY
          && index >= 0
          && index < holiday.length
          && !holiday[(int) index]) {
        byAgency.computeIfAbsent(closure.agency(), a -> new TreeSet<>()).add((int) index);
      }
    }
    Map<AgencyCode, int[]> result = new HashMap<>();
    byAgency.forEach(
        (agency, indices) ->
            result.put(agency, indices.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(result);
  }

  /** The first day of the loaded calendar; every date used must be on or after it. */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** The last day of the loaded calendar; every date used or reached must be on or before it. */
  public LocalDate lastDay() {
    return firstDay.plusDays(holiday.length - 1L);
  }

  /**
   * Whether {@code day} is a working day for {@code agency}: a working day by the official calendar
   * and not covered by a full-day closure of that agency.
   *
   * @throws DateOutsideCalendarException when {@code day} is not loaded
   */
  public boolean isWorkingDay(AgencyCode agency, LocalDate day) {
    int index = indexOf(day);
    return !holiday[index] && Arrays.binarySearch(closed(agency), index) < 0;
  }

  /**
   * The {@code n}-th working day strictly after {@code start} (§48②: the start day is not counted).
   * The result is always a working day, so no end-of-period roll applies. With {@code n = 0} the
   * result is {@code start} itself, unchanged, even if it is not a working day.
   *
   * @throws InvalidTimeLimit when {@code n} is negative
   * @throws DateOutsideCalendarException when {@code start} is not loaded, or when the loaded
   *     calendar ends before the {@code n}-th working day
   */
  public LocalDate addWorkingDays(AgencyCode agency, LocalDate start, int n) {
    int[] closed = closed(agency);
    return nthAfter(end -> working(closed, end), start, n);
  }

  /**
   * The last day of a period of {@code n} calendar days starting after {@code start}: {@code start
   * + n}, moved to the next working day if that is not a working day (§48④: a Saturday or a day off
   * ends the period on the next working day; a 補行上班 Saturday is a working day and does not move).
   * With {@code n = 0} the same roll applies to {@code start}.
   *
   * @throws InvalidTimeLimit when {@code n} is negative
   * @throws DateOutsideCalendarException when {@code start}, the raw end or the rolled end is not
   *     loaded
   */
  public LocalDate addCalendarDays(AgencyCode agency, LocalDate start, int n) {
    requireNotNegative(n);
    indexOf(start);
    return rollToWorkingDay(agency, start.plusDays(n));
  }

  /**
   * The last day of a period of {@code n} months starting after {@code start}. By §48③ the period
   * ends the day before the corresponding day, which, since the start day is not counted, is the
   * corresponding day {@code start.plusMonths(n)}; where the last month has no such day it is that
   * month's last day. Then §48④ moves it to the next working day as in {@link #addCalendarDays}.
   *
   * @throws InvalidTimeLimit when {@code n} is negative
   * @throws DateOutsideCalendarException when {@code start}, the raw end or the rolled end is not
   *     loaded
   */
  public LocalDate addMonths(AgencyCode agency, LocalDate start, int n) {
    requireNotNegative(n);
    indexOf(start);
    return rollToWorkingDay(agency, start.plusMonths(n));
  }

  /**
   * The number of working days {@code d} with {@code from < d <= to}; when {@code to} is before
   * {@code from}, the negative of the reverse count; 0 when they are equal. For any {@code n >= 0},
   * {@code workingDaysBetween(a, s, addWorkingDays(a, s, n)) == n}.
   *
   * @throws DateOutsideCalendarException when either date is not loaded
   */
  public int workingDaysBetween(AgencyCode agency, LocalDate from, LocalDate to) {
    int fromIndex = indexOf(from);
    int toIndex = indexOf(to);
    int[] closed = closed(agency);
    return working(closed, toIndex + 1) - working(closed, fromIndex + 1);
  }

  /**
   * The due date of a time limit that starts on the day something was received, per its unit:
   * {@link #addWorkingDays}, {@link #addCalendarDays} or {@link #addMonths}.
   *
   * @throws DateOutsideCalendarException as those methods do
   * @throws HoursNeedAMoment for an hours limit, which has a due moment, not a due date
   */
  public LocalDate dueDate(AgencyCode agency, LocalDate received, TimeLimit limit) {
    return switch (limit.unit()) {
      case WORKING_DAYS -> addWorkingDays(agency, received, limit.amount());
      case CALENDAR_DAYS -> addCalendarDays(agency, received, limit.amount());
      case MONTHS -> addMonths(agency, received, limit.amount());
      case HOURS -> throw new HoursNeedAMoment(limit);
    };
  }

  /**
   * The same official calendar as if no agency had any closure: for the periods of an agency whose
   * closures do not move its deadlines (closure policy {@code NONE}). Every method of the view
   * answers as this snapshot would for an agency without closures. Costs nothing: the view is built
   * once and shares this snapshot's arrays.
   */
  public CalendarSnapshot withoutClosures() {
    return withoutClosures;
  }

  /**
   * The {@code n}-th <em>running day</em> strictly after {@code start}: a calendar day that is not
   * one of {@code agency}'s full-day closures of a working day. A closure stops the period (行政程序法
   * §51⑤: the processing period does not run while a disaster keeps the office closed), so each
   * closed day inside the period lengthens it by one day; days off count, as in any calendar-day
   * period. No end-of-period roll is applied (callers apply §48④ with {@link #addCalendarDays
   * addCalendarDays(agency, end, 0)}). With {@code n = 0} the result is {@code start}. For an
   * agency without closures it is {@code start + n}.
   *
   * @throws InvalidTimeLimit when {@code n} is negative
   * @throws DateOutsideCalendarException when {@code start} is not loaded, or when the loaded
   *     calendar ends before the {@code n}-th running day
   */
  public LocalDate addRunningDays(AgencyCode agency, LocalDate start, int n) {
    int[] closed = closed(agency);
    return nthAfter(end -> running(closed, end), start, n);
  }

  /** The {@code n}-th day strictly after {@code start} that {@code count} counts. */
  private LocalDate nthAfter(IntUnaryOperator count, LocalDate start, int n) {
    requireNotNegative(n);
    int from = indexOf(start);
    if (n == 0) {
      return start;
    }
    return dayAt(firstReaching(count, from + 1, count.applyAsInt(from + 1) + n));
  }

  /**
   * The number of running days {@code d} (see {@link #addRunningDays}) with {@code from < d <= to};
   * negative when {@code to} is before {@code from}. For any {@code n >= 0}, {@code
   * runningDaysBetween(a, s, addRunningDays(a, s, n)) == n}.
   *
   * @throws DateOutsideCalendarException when either date is not loaded
   */
  public int runningDaysBetween(AgencyCode agency, LocalDate from, LocalDate to) {
    int fromIndex = indexOf(from);
    int toIndex = indexOf(to);
    int[] closed = closed(agency);
    return running(closed, toIndex + 1) - running(closed, fromIndex + 1);
  }

  /** What this snapshot covers, with the number of days off per year. */
  public CalendarCoverage coverage() {
    List<CalendarCoverage.YearSummary> years = new ArrayList<>();
    int year = firstDay.getYear();
    int days = 0;
    int daysOff = 0;
    for (int i = 0; i < holiday.length; i++) {
      int y = firstDay.plusDays(i).getYear();
      if (y != year) {
        years.add(new CalendarCoverage.YearSummary(year, days, daysOff));
        year = y;
        days = 0;
        daysOff = 0;
      }
      days++;
      daysOff += holiday[i] ? 1 : 0;
    }
    years.add(new CalendarCoverage.YearSummary(year, days, daysOff));
    return new CalendarCoverage(firstDay, lastDay(), holiday.length, years);
  }

  private LocalDate rollToWorkingDay(AgencyCode agency, LocalDate end) {
    int index = indexOf(end);
    int[] closed = closed(agency);
    return dayAt(firstReaching(e -> working(closed, e), index, working(closed, index) + 1));
  }

  /** Working days for the agency among indices {@code [0, end)}. */
  private int working(int[] closed, int end) {
    return workingBefore[end] - closedBefore(closed, end);
  }

  /** Running days (calendar days but closed working days) among indices {@code [0, end)}. */
  private static int running(int[] closed, int end) {
    return end - closedBefore(closed, end);
  }

  /** Closed working days among indices {@code [0, end)}. */
  private static int closedBefore(int[] closed, int end) {
    int removed = Arrays.binarySearch(closed, end);
    return removed >= 0 ? removed : -removed - 1;
  }

  /**
   * The smallest index {@code j >= from} with {@code count(j + 1) >= target}, for a non-decreasing
   * {@code count} of days among indices {@code [0, end)}; that index is then a day that is counted.
   * -1 when the loaded calendar ends first.
   */
  private int firstReaching(IntUnaryOperator count, int from, int target) {
    int n = holiday.length;
    if (from >= n || count.applyAsInt(n) < target) {
      return -1;
    }
    int low = from;
    int high = n - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (count.applyAsInt(middle + 1) >= target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  private int[] closed(AgencyCode agency) {
    Objects.requireNonNull(agency, "agency");
    return closedWorkingDays.getOrDefault(agency, NO_CLOSURES);
  }

  private int indexOf(LocalDate day) {
    Objects.requireNonNull(day, "day");
    long index = ChronoUnit.DAYS.between(firstDay, day);
    if (index < 0 || index >= holiday.length) {
      throw new DateOutsideCalendarException(day, firstDay, lastDay());
    }
    return (int) index;
  }

  /** The day at {@code index}; -1 means a search ran past the last loaded day. */
  private LocalDate dayAt(int index) {
    if (index < 0) {
      throw new DateOutsideCalendarException(lastDay().plusDays(1), firstDay, lastDay());
    }
    return firstDay.plusDays(index);
  }

  private static void requireNotNegative(int n) {
    if (n < 0) {
      throw new InvalidTimeLimit(n);
    }
  }
}
