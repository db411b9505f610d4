// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.ClosurePolicy;

/**
 * The legal clock of one case: its time limit from the day of receipt, the pauses while a
 * supplement was awaited, and at most one extension. Immutable; each change returns a new clock.
 *
 * <p>Counting (行政程序法 §48, §51): the day of receipt is not counted. A supplement requested on day P
 * stops the clock after P (P counts as used); when the applicant supplies on day S the clock
 * resumes after S with the days that were left (MOJ 88.11.19: the period "resumes", it does not
 * restart). For working-day limits the days left are working days; for calendar-day, month and
 * hours limits they are running days ({@link CalendarSnapshot#addRunningDays}), and for calendar
 * days and months the last day rolls to a working day (§48④). An extension adds a period no longer
 * than the original one to the due date in force (§51③), counted the same way.
 *
 * <p>The agency's closures count by the {@link ClosurePolicy} recorded with the case when it was
 * filed: under {@link ClosurePolicy#STOPS_CLOCK} a closed working day is neither a working day nor
 * a running day (§51⑤), so each one inside the period moves the due date; under {@link
 * ClosurePolicy#NONE} the clock counts on {@link CalendarSnapshot#withoutClosures()}.
 *
 * @param received the day the case was received
 * @param limit the service's legal time limit; a limit in hours (e.g. a certificate issued within
 *     one hour) falls due on the day its hours end counted from the start of the day of receipt —
 *     the day of receipt for anything under 24 hours — since the case clock counts in days; the
 *     exact moment is for the deadlines module
 * @param pauses closed pauses, oldest first
 * @param openPause the day of a supplement request not yet answered, or {@code null}
 * @param extension the one extension granted, or {@code null}
 * @param closurePolicy how the agency's closures move this case's period, fixed at filing
 */
public record CaseClock(
    AgencyCode agency,
    LocalDate received,
    TimeLimit limit,
    List<CaseViews.Pause> pauses,
    @Nullable LocalDate openPause,
    @Nullable TimeLimit extension,
    ClosurePolicy closurePolicy) {

  public CaseClock {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(closurePolicy, "closurePolicy");
    pauses = List.copyOf(pauses);
  }

  /** A new clock for a case received on {@code received}, under {@code closurePolicy}. */
  public static CaseClock start(
      AgencyCode agency, LocalDate received, TimeLimit limit, ClosurePolicy closurePolicy) {
    return new CaseClock(agency, received, limit, List.of(), null, null, closurePolicy);
  }

  /** Stops the clock after {@code day}, the day a supplement is requested. */
  public CaseClock pause(LocalDate day) {
    if (openPause != null) {
      throw new IllegalStateException("The clock is already paused");
    }
    return new CaseClock(agency, received, limit, pauses, day, extension, closurePolicy);
  }

  /** Restarts the clock after {@code day}, the day the applicant supplied what was missing. */
  public CaseClock resume(LocalDate day) {
    if (openPause == null || day.isBefore(openPause)) {
      throw new IllegalStateException("The clock is not paused, or resumes before it paused");
    }
    List<CaseViews.Pause> closed = new ArrayList<>(pauses);
    closed.add(new CaseViews.Pause(openPause, day));
    return new CaseClock(agency, received, limit, closed, null, extension, closurePolicy);
  }

  /** Grants the one extension; at most as long as the original period, in the same unit. */
  public CaseClock extend(TimeLimit by) {
    if (extension != null || by.unit() != limit.unit() || by.amount() > limit.amount()) {
      throw new IllegalArgumentException("One extension, at most the original period");
    }
    return new CaseClock(agency, received, limit, pauses, openPause, by, closurePolicy);
  }

  /** Whether the clock is paused (a supplement is awaited). */
  public boolean paused() {
    return openPause != null;
  }

  /**
   * The due date, or {@code null} while paused (it depends on when the applicant answers).
   *
   * <p>A pause only moves a due date it does not come after: a supplement requested on the due date
   * itself leaves no day to count, so the case falls due on the day of the answer (or the next
   * working day); one requested after the due date (an overdue case) moves nothing.
   *
   * @throws tw.civicdesk.calendar.DateOutsideCalendarException when a date lies outside the loaded
   *     calendar
   */
  public @Nullable LocalDate dueDate(CalendarSnapshot calendar) {
    if (openPause != null) {
      return null;
    }
    CalendarSnapshot counted =
        closurePolicy == ClosurePolicy.NONE ? calendar.withoutClosures() : calendar;
    LocalDate due =
        limit.unit() == TimeLimit.Unit.WORKING_DAYS
            ? workingDaysDue(counted)
            : runningDaysDue(counted);
    if (extension == null) {
      return due;
    }
    return switch (extension.unit()) {
      case WORKING_DAYS -> counted.addWorkingDays(agency, due, extension.amount());
      case HOURS -> counted.addRunningDays(agency, due, extension.amount() / 24);
      default ->
          counted.addCalendarDays(
              agency, counted.addRunningDays(agency, due, days(due, extension)), 0);
    };
  }

  private LocalDate workingDaysDue(CalendarSnapshot calendar) {
    LocalDate due = calendar.addWorkingDays(agency, received, limit.amount());
    for (CaseViews.Pause pause : pauses) {
      if (pause.requested().isAfter(due)) {
        continue;
      }
      int left = calendar.workingDaysBetween(agency, pause.requested(), due);
      due =
          left > 0
              ? calendar.addWorkingDays(agency, pause.supplied(), left)
              : calendar.addCalendarDays(agency, pause.supplied(), 0);
    }
    return due;
  }

  /**
   * Calendar days, months and hours: the period's days are running days, shifted past each pause
   * that does not come after the end; calendar days and months then roll by §48④, hours do not
   * (they are not counted in days).
   */
  private LocalDate runningDaysDue(CalendarSnapshot calendar) {
    LocalDate end = calendar.addRunningDays(agency, received, days(received, limit));
    for (CaseViews.Pause pause : pauses) {
      if (!pause.requested().isAfter(end)) {
        int left = calendar.runningDaysBetween(agency, pause.requested(), end);
        end = calendar.addRunningDays(agency, pause.supplied(), left);
      }
    }
    return limit.unit() == TimeLimit.Unit.HOURS ? end : calendar.addCalendarDays(agency, end, 0);
  }

  /** The length in days of {@code period} started after {@code from}: months by §48③. */
  private static int days(LocalDate from, TimeLimit period) {
    return switch (period.unit()) {
      case MONTHS -> (int) ChronoUnit.DAYS.between(from, from.plusMonths(period.amount()));
      case HOURS -> period.amount() / 24;
      default -> period.amount();
    };
  }
}
