// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tw.civicdesk.calendar.AgencyClosure;
import tw.civicdesk.calendar.CalendarDay;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.ClosureKind;
import tw.civicdesk.calendar.ShippedCalendar;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.ClosurePolicy;

/** The case clock: due dates through supplement pauses and an extension. */
class CaseClockTests {

  static final AgencyCode AGENCY = new AgencyCode("CLOCK-TEST");
  static final ClosurePolicy STOPS = ClosurePolicy.STOPS_CLOCK;
  static final ClosurePolicy NONE = ClosurePolicy.NONE;
  static final CalendarSnapshot CALENDAR = ShippedCalendar.SNAPSHOT;
  static final Set<LocalDate> DAYS_OFF =
      ShippedCalendar.DAYS.stream()
          .filter(CalendarDay::holiday)
          .map(CalendarDay::day)
          .collect(Collectors.toSet());

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void sixWorkingDaysFromTheFridayBeforeLunarNewYear2026() {
    CaseClock clock = CaseClock.start(AGENCY, d("2026-02-13"), TimeLimit.workingDays(6), STOPS);
    // 02-14..02-22 are the weekend, 除夕, 春節 and 補假, and 02-27 is the 228 補假: the six
    // working days are 02-23, 24, 25, 26, 03-02 and 03-03.
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(d("2026-03-03"));
  }

  @Test
  void aSupplementPausesTheClockAndTheDaysLeftResumeAfterTheAnswer() {
    CaseClock clock =
        CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.workingDays(6), STOPS)
            .pause(d("2026-03-04"));
    assertThat(clock.paused()).isTrue();
    assertThat(clock.dueDate(CALENDAR)).isNull();
    // 03-03 and 03-04 were used; four working days are left after 03-16.
    assertThat(clock.resume(d("2026-03-16")).dueDate(CALENDAR)).isEqualTo(d("2026-03-20"));
  }

  @Test
  void calendarDayPeriodsShiftByThePausedDaysAndRollOffAWeekend() {
    CaseClock clock =
        CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.calendarDays(30), STOPS)
            .pause(d("2026-03-10"))
            .resume(d("2026-03-15"));
    // 04-01 plus five paused days is Monday 04-06, 清明 補假, so the period ends 04-07.
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(d("2026-04-07"));
  }

  @Test
  void theOneExtensionAddsAtMostTheOriginalPeriodToTheDueDateInForce() {
    CaseClock clock =
        CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.workingDays(6), STOPS)
            .extend(TimeLimit.workingDays(6));
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(d("2026-03-18"));
  }

  @Test
  void twoMonthsWithoutAPublishedLimitEndOnTheCorrespondingDay() {
    CaseClock clock = CaseClock.start(AGENCY, d("2026-01-31"), TimeLimit.STATUTORY_DEFAULT, STOPS);
    // 03-31 is a Tuesday and a working day.
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(d("2026-03-31"));
  }

  /** The shipped calendar with one typhoon closure of {@link #AGENCY} on {@code day}. */
  static CalendarSnapshot closedOn(String day) {
    return CalendarSnapshot.of(
        ShippedCalendar.DAYS,
        List.of(new AgencyClosure(1, AGENCY, d(day), ClosureKind.FULL_DAY, "颱風停止上班")));
  }

  static LocalDate due(
      String received, TimeLimit limit, ClosurePolicy policy, CalendarSnapshot calendar) {
    return CaseClock.start(AGENCY, d(received), limit, policy).dueDate(calendar);
  }

  @Test
  void aTyphoonDayStopsAWorkingDayClockOnlyUnderTheStoppingPolicy() {
    CalendarSnapshot typhoon = closedOn("2026-08-04");
    // From Monday 08-03: 08-04..07, 10, 11 are six working days; closed on 08-04, 08-12.
    assertThat(due("2026-08-03", TimeLimit.workingDays(6), STOPS, typhoon))
        .isEqualTo(d("2026-08-12"));
    assertThat(due("2026-08-03", TimeLimit.workingDays(6), NONE, typhoon))
        .isEqualTo(d("2026-08-11"));
  }

  @Test
  void aTyphoonDayLengthensACalendarDayPeriodByOneDayOnlyUnderTheStoppingPolicy() {
    CalendarSnapshot typhoon = closedOn("2026-08-04");
    // Ten days from Friday 07-31 end on Monday 08-10; the closed 08-04 does not run (§51⑤).
    assertThat(due("2026-07-31", TimeLimit.calendarDays(10), STOPS, typhoon))
        .isEqualTo(d("2026-08-11"));
    assertThat(due("2026-07-31", TimeLimit.calendarDays(10), NONE, typhoon))
        .isEqualTo(d("2026-08-10"));
    // A period ending on the closed day itself: one more running day, 08-05 (a working day).
    assertThat(due("2026-07-25", TimeLimit.calendarDays(10), STOPS, typhoon))
        .isEqualTo(d("2026-08-05"));
    assertThat(due("2026-07-25", TimeLimit.calendarDays(10), NONE, typhoon))
        .isEqualTo(d("2026-08-04"));
  }

  @Test
  void aTyphoonDayMovesAnHoursLimitByADayOnlyUnderTheStoppingPolicy() {
    CalendarSnapshot typhoon = closedOn("2026-08-04");
    assertThat(due("2026-08-03", TimeLimit.hours(48), STOPS, typhoon)).isEqualTo(d("2026-08-06"));
    assertThat(due("2026-08-03", TimeLimit.hours(48), NONE, typhoon)).isEqualTo(d("2026-08-05"));
    assertThat(due("2026-08-03", TimeLimit.hours(1), STOPS, typhoon))
        .as("an hours limit ending on the day of receipt")
        .isEqualTo(d("2026-08-03"));
  }

  @Test
  void aClosureAfterLunarNewYear2026MovesTheDueDatesOfBothKindsOfPeriod() {
    CalendarSnapshot closed = closedOn("2026-02-24");
    // Six working days from Friday 02-13 skip the holidays up to 02-22 and 補假 02-27:
    // 02-23, 24, 25, 26, 03-02, 03; with 02-24 closed, 03-04.
    assertThat(due("2026-02-13", TimeLimit.workingDays(6), NONE, closed))
        .isEqualTo(d("2026-03-03"));
    assertThat(due("2026-02-13", TimeLimit.workingDays(6), STOPS, closed))
        .isEqualTo(d("2026-03-04"));
    // Ten calendar days from 02-13 end on 02-23 (days off run); the closed 02-24 comes after.
    assertThat(due("2026-02-13", TimeLimit.calendarDays(10), STOPS, closed))
        .isEqualTo(d("2026-02-23"));
    // Ten calendar days from 02-14 end on 02-24, the closed day: lengthened to 02-25.
    assertThat(due("2026-02-14", TimeLimit.calendarDays(10), STOPS, closed))
        .isEqualTo(d("2026-02-25"));
    assertThat(due("2026-02-14", TimeLimit.calendarDays(10), NONE, closed))
        .isEqualTo(d("2026-02-24"));
    // Ten calendar days from 02-10 end on 02-20, a day off, and roll past the closed 02-23
    // only under the stopping policy: 02-23 is the next working day for the other.
    CalendarSnapshot closedMonday = closedOn("2026-02-23");
    assertThat(due("2026-02-10", TimeLimit.calendarDays(10), NONE, closedMonday))
        .isEqualTo(d("2026-02-23"));
    assertThat(due("2026-02-10", TimeLimit.calendarDays(10), STOPS, closedMonday))
        .isEqualTo(d("2026-02-24"));
  }

  @Test
  void theExtensionIsCountedUnderTheSamePolicy() {
    CalendarSnapshot typhoon = closedOn("2026-08-04");
    CaseClock stops =
        CaseClock.start(AGENCY, d("2026-07-21"), TimeLimit.calendarDays(10), STOPS)
            .extend(TimeLimit.calendarDays(10));
    CaseClock none =
        CaseClock.start(AGENCY, d("2026-07-21"), TimeLimit.calendarDays(10), NONE)
            .extend(TimeLimit.calendarDays(10));
    // Due Friday 07-31, plus ten days: 08-10, or 08-11 with the closed 08-04 not running.
    assertThat(stops.dueDate(typhoon)).isEqualTo(d("2026-08-11"));
    assertThat(none.dueDate(typhoon)).isEqualTo(d("2026-08-10"));
  }

  @Test
  void aClosedDayInsideASupplementPauseIsNotCountedTwice() {
    CalendarSnapshot typhoon = closedOn("2026-08-04");
    // Due 08-10 without closures; paused 08-03..08-05 with 7 days left: 08-12 either way.
    for (ClosurePolicy policy : ClosurePolicy.values()) {
      CaseClock clock =
          CaseClock.start(AGENCY, d("2026-07-31"), TimeLimit.calendarDays(10), policy)
              .pause(d("2026-08-03"))
              .resume(d("2026-08-05"));
      assertThat(clock.dueDate(typhoon)).as(policy.name()).isEqualTo(d("2026-08-12"));
    }
  }

  record Closed(LocalDate received, int days, int closedAfter) {}

  @Provide
  Arbitrary<Closed> closures() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 700).map(i -> d("2025-01-02").plusDays(i)),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 45))
        .as(Closed::new);
  }

  @Property(tries = 500)
  void aStoppedCalendarDayClockEqualsADayByDayCountThatSkipsTheClosedDay(
      @ForAll("closures") Closed s) {
    LocalDate closedDay = s.received().plusDays(s.closedAfter());
    CalendarSnapshot calendar =
        CalendarSnapshot.of(
            ShippedCalendar.DAYS,
            List.of(new AgencyClosure(1, AGENCY, closedDay, ClosureKind.FULL_DAY, "颱風")));
    boolean closes = working(closedDay);
    LocalDate day = s.received();
    for (int counted = 0; counted < s.days(); ) {
      day = day.plusDays(1);
      counted += closes && day.equals(closedDay) ? 0 : 1;
    }
    while (!working(day) || closes && day.equals(closedDay)) {
      day = day.plusDays(1);
    }
    CaseClock clock =
        CaseClock.start(AGENCY, s.received(), TimeLimit.calendarDays(s.days()), STOPS);
    assertThat(clock.dueDate(calendar)).isEqualTo(day);
    assertThat(
            CaseClock.start(AGENCY, s.received(), TimeLimit.calendarDays(s.days()), NONE)
                .dueDate(calendar))
        .isEqualTo(clock.dueDate(CALENDAR));
  }

  record Scenario(LocalDate received, int days, int pauseAfter, int pauseLength) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 700).map(i -> d("2025-01-02").plusDays(i)),
            Arbitraries.integers().between(1, 40),
            Arbitraries.integers().between(0, 70),
            Arbitraries.integers().between(0, 40))
        .as(Scenario::new);
  }

  @Test
  void anHoursLimitFallsDueOnTheDayItsHoursEndAndMovesByThePausedDays() {
    CaseClock oneHour = CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.hours(1), STOPS);
    assertThat(oneHour.dueDate(CALENDAR)).isEqualTo(d("2026-03-02"));
    assertThat(
            CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.hours(48), STOPS).dueDate(CALENDAR))
        .isEqualTo(d("2026-03-04"));
    assertThat(oneHour.pause(d("2026-03-02")).resume(d("2026-03-05")).dueDate(CALENDAR))
        .isEqualTo(d("2026-03-05"));
  }

  @Property(tries = 1000)
  void workingDayDueDatesEqualADayByDayCountThatSkipsThePause(@ForAll("scenarios") Scenario s) {
    LocalDate requested = s.received().plusDays(s.pauseAfter());
    LocalDate supplied = requested.plusDays(s.pauseLength());
    CaseClock clock =
        CaseClock.start(AGENCY, s.received(), TimeLimit.workingDays(s.days()), STOPS)
            .pause(requested)
            .resume(supplied);
    assertThat(clock.dueDate(CALENDAR))
        .isEqualTo(bruteForce(s.received(), s.days(), requested, supplied, true));
  }

  @Property(tries = 1000)
  void calendarDayDueDatesEqualADayByDayCountThatSkipsThePause(@ForAll("scenarios") Scenario s) {
    LocalDate requested = s.received().plusDays(s.pauseAfter());
    LocalDate supplied = requested.plusDays(s.pauseLength());
    CaseClock clock =
        CaseClock.start(AGENCY, s.received(), TimeLimit.calendarDays(s.days()), STOPS)
            .pause(requested)
            .resume(supplied);
    LocalDate end = bruteForce(s.received(), s.days(), requested, supplied, false);
    while (!working(end)) {
      end = end.plusDays(1);
    }
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(end);
  }

  /**
   * Counts days after receipt one by one, skipping the paused days (after the request, up to and
   * including the answer); when the count is complete on the very day of the request, the case
   * falls due on the day of the answer, or the working day after it.
   */
  static LocalDate bruteForce(
      LocalDate received, int n, LocalDate requested, LocalDate supplied, boolean workingDaysOnly) {
    int counted = 0;
    LocalDate day = received;
    while (true) {
      day = day.plusDays(1);
      boolean paused = day.isAfter(requested) && !day.isAfter(supplied);
      if (!paused && (!workingDaysOnly || working(day))) {
        counted++;
      }
      if (counted == n) {
        if (!day.equals(requested) || !supplied.isAfter(requested)) {
          return day;
        }
        LocalDate due = supplied;
        while (workingDaysOnly && !working(due)) {
          due = due.plusDays(1);
        }
        return due;
      }
    }
  }

  static boolean working(LocalDate day) {
    return !DAYS_OFF.contains(day);
  }
}
