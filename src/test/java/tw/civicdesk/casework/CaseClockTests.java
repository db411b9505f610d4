// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tw.civicdesk.calendar.CalendarDay;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.ClosurePolicy;

/** The case clock: due dates through supplement pauses and an extension. */
class CaseClockTests {

  static final AgencyCode AGENCY = new AgencyCode("CLOCK-TEST");
  static final ClosurePolicy STOPS = ClosurePolicy.STOPS_CLOCK;
  static final CalendarSnapshot CALENDAR = ShippedCalendar.SNAPSHOT;
  static final Set<LocalDate> DAYS_OFF = ShippedCalendar.DAYS.stream()
      .filter(CalendarDay::holiday).map(CalendarDay::day).collect(Collectors.toSet());

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
    CaseClock clock = CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.workingDays(6), STOPS)
        .pause(d("2026-03-04"));
    assertThat(clock.paused()).isTrue();
    assertThat(clock.dueDate(CALENDAR)).isNull();
    // 03-03 and 03-04 were used; four working days are left after 03-16.
    assertThat(clock.resume(d("2026-03-16")).dueDate(CALENDAR)).isEqualTo(d("2026-03-20"));
  }

  @Test
  void calendarDayPeriodsShiftByThePausedDaysAndRollOffAWeekend() {
    CaseClock clock = CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.calendarDays(30), STOPS)
        .pause(d("2026-03-10")).resume(d("2026-03-15"));
    // 04-01 plus five paused days is Monday 04-06, 清明 補假, so the period ends 04-07.
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(d("2026-04-07"));
  }

  @Test
  void theOneExtensionAddsAtMostTheOriginalPeriodToTheDueDateInForce() {
    CaseClock clock = CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.workingDays(6), STOPS)
        .extend(TimeLimit.workingDays(6));
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(d("2026-03-18"));
  }

  @Test
  void twoMonthsWithoutAPublishedLimitEndOnTheCorrespondingDay() {
    CaseClock clock = CaseClock.start(AGENCY, d("2026-01-31"), TimeLimit.STATUTORY_DEFAULT, STOPS);
    // 03-31 is a Tuesday and a working day.
    assertThat(clock.dueDate(CALENDAR)).isEqualTo(d("2026-03-31"));
  }

  record Scenario(LocalDate received, int days, int pauseAfter, int pauseLength) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 700).map(i -> d("2025-01-02").plusDays(i)),
        Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 70),
        Arbitraries.integers().between(0, 40)).as(Scenario::new);
  }

  @Test
  void anHoursLimitFallsDueOnTheDayItsHoursEndAndMovesByThePausedDays() {
    CaseClock oneHour = CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.hours(1), STOPS);
    assertThat(oneHour.dueDate(CALENDAR)).isEqualTo(d("2026-03-02"));
    assertThat(CaseClock.start(AGENCY, d("2026-03-02"), TimeLimit.hours(48), STOPS)
        .dueDate(CALENDAR)).isEqualTo(d("2026-03-04"));
    assertThat(oneHour.pause(d("2026-03-02")).resume(d("2026-03-05")).dueDate(CALENDAR))
        .isEqualTo(d("2026-03-05"));
  }

  @Property(tries = 1000)
  void workingDayDueDatesEqualADayByDayCountThatSkipsThePause(
      @ForAll("scenarios") Scenario s) {
    LocalDate requested = s.received().plusDays(s.pauseAfter());
    LocalDate supplied = requested.plusDays(s.pauseLength());
    CaseClock clock = CaseClock.start(AGENCY, s.received(), TimeLimit.workingDays(s.days()),
        STOPS)
        .pause(requested).resume(supplied);
    assertThat(clock.dueDate(CALENDAR))
        .isEqualTo(bruteForce(s.received(), s.days(), requested, supplied, true));
  }

  @Property(tries = 1000)
  void calendarDayDueDatesEqualADayByDayCountThatSkipsThePause(
      @ForAll("scenarios") Scenario s) {
    LocalDate requested = s.received().plusDays(s.pauseAfter());
    LocalDate supplied = requested.plusDays(s.pauseLength());
    CaseClock clock = CaseClock.start(AGENCY, s.received(), TimeLimit.calendarDays(s.days()),
        STOPS)
        .pause(requested).resume(supplied);
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
  static LocalDate bruteForce(LocalDate received, int n, LocalDate requested,
      LocalDate supplied, boolean workingDaysOnly) {
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
