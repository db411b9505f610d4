// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The calendar module's API: what a working day is for an agency, and when a period ends (行政程序法
 * §48). Every deadline in CivicDesk comes from here.
 *
 * <p>Each call works on the current {@link CalendarSnapshot}, kept in memory. A change made through
 * {@link CalendarAdministration} on this node is visible as soon as its transaction commits; a
 * change made on another node sharing the database is visible within the refresh interval ({@code
 * civicdesk.calendar.refresh-interval}, 60 s by default). Code that needs several answers from one
 * consistent calendar (a batch of due dates) should take {@link #snapshot()} once and ask it.
 *
 * <p>Rules, exceptions and edge cases are those of {@link CalendarSnapshot}: dates outside {@link
 * CalendarCoverage#firstDay()}..{@link CalendarCoverage#lastDay()} raise {@link
 * DateOutsideCalendarException}; negative amounts raise {@link InvalidTimeLimit}.
 */
@Service
public class WorkingCalendar {

  private final Supplier<CalendarSnapshot> snapshots;

  @Autowired
  WorkingCalendar(SnapshotCache cache) {
    this(cache::current);
  }

  private WorkingCalendar(Supplier<CalendarSnapshot> snapshots) {
    this.snapshots = snapshots;
  }

  /**
   * A calendar that always answers from {@code snapshot}: for unit tests of modules that compute
   * deadlines, without a database.
   */
  public static WorkingCalendar fixed(CalendarSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return new WorkingCalendar(() -> snapshot);
  }

  /** The current snapshot: an immutable calendar for several consistent calculations. */
  public CalendarSnapshot snapshot() {
    return snapshots.get();
  }

  /**
   * What the loaded calendar covers.
   *
   * @throws CalendarNotLoaded when no day is loaded at all
   */
  public CalendarCoverage coverage() {
    return snapshot().coverage();
  }

  /**
   * Whether {@code day} is a working day for {@code agency}. See {@link
   * CalendarSnapshot#isWorkingDay}.
   */
  public boolean isWorkingDay(AgencyCode agency, LocalDate day) {
    return snapshot().isWorkingDay(agency, day);
  }

  /**
   * The {@code n}-th working day after {@code start}, the start day not counted; {@code start}
   * itself when {@code n = 0}. See {@link CalendarSnapshot#addWorkingDays}.
   */
  public LocalDate addWorkingDays(AgencyCode agency, LocalDate start, int n) {
    return snapshot().addWorkingDays(agency, start, n);
  }

  /**
   * {@code start + n} days, moved to the next working day if it is not one (§48④). See {@link
   * CalendarSnapshot#addCalendarDays}.
   */
  public LocalDate addCalendarDays(AgencyCode agency, LocalDate start, int n) {
    return snapshot().addCalendarDays(agency, start, n);
  }

  /**
   * {@code start.plusMonths(n)} (clamped to the month's end, §48③), moved to the next working day
   * if it is not one (§48④). See {@link CalendarSnapshot#addMonths}.
   */
  public LocalDate addMonths(AgencyCode agency, LocalDate start, int n) {
    return snapshot().addMonths(agency, start, n);
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; negative when
   * {@code to} is before {@code from}. See {@link CalendarSnapshot#workingDaysBetween}.
   */
  public int workingDaysBetween(AgencyCode agency, LocalDate from, LocalDate to) {
    return snapshot().workingDaysBetween(agency, from, to);
  }

  /**
   * The due date of {@code limit} for something {@code agency} received on {@code received}. See
   * {@link CalendarSnapshot#dueDate}.
   */
  public LocalDate dueDate(AgencyCode agency, LocalDate received, TimeLimit limit) {
    return snapshot().dueDate(agency, received, limit);
  }
}
