// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.civicdesk.organisation.AgencyCode;

/** Real cases from the shipped 2025–2027 office calendar (行政程序法 §48). */
class CalendarSnapshotTests {

  static final List<CalendarDay> SHIPPED = ShippedCalendarLoader.readShipped();
  static final AgencyCode AGENCY = new AgencyCode("TEST-A");
  static final AgencyCode OTHER = new AgencyCode("TEST-B");
  static final CalendarSnapshot CALENDAR = CalendarSnapshot.of(SHIPPED, List.of());

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static CalendarSnapshot withClosures(AgencyClosure... closures) {
    return CalendarSnapshot.of(SHIPPED, List.of(closures));
  }

  @ParameterizedTest(name = "{3}: {0} + {1} working days = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-02-13 | 1 | 2026-02-23 | Lunar New Year 2026: Friday before 除夕 to the Monday after
      2026-02-12 | 2 | 2026-02-23 | Lunar New Year 2026 from Thursday
      2025-02-07 | 1 | 2025-02-08 | the 2025-02-08 補行上班 Saturday is a working day
      2025-12-31 | 1 | 2026-01-02 | year boundary: 2026-01-01 開國紀念日 is skipped
      2026-02-26 | 1 | 2026-03-02 | 228 補假 on Friday and 和平紀念日 on Saturday
      2026-09-24 | 1 | 2026-09-29 | 中秋節 Friday, weekend, 教師節 Monday
      2026-03-09 | 6 | 2026-03-17 | 普通件: six working days over a weekend
      2027-12-29 | 1 | 2027-12-30 | last working day of the loaded calendar
      """)
  void addingWorkingDaysFollowsTheOfficialCalendar(
      String start, int n, String expected, String because) {
    assertThat(CALENDAR.addWorkingDays(AGENCY, d(start), n)).isEqualTo(d(expected));
  }

  @ParameterizedTest(name = "{3}: {0} + {1} calendar days = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-03-04 | 10 | 2026-03-16 | §48④: ends on Saturday 03-14, so on Monday
      2026-03-05 | 10 | 2026-03-16 | ends on Sunday 03-15, so on Monday
      2026-09-15 | 10 | 2026-09-29 | ends on 中秋節, rolls over the weekend and 教師節
      2025-02-01 | 7  | 2025-02-08 | ends on the 補行上班 Saturday, which is a working day: no roll
      2026-01-01 | 30 | 2026-02-02 | 陳情 30 days from a holiday, landing on a Monday
      2026-03-02 | 0  | 2026-03-02 | zero days on a working day
      2026-03-14 | 0  | 2026-03-16 | zero days on a Saturday still roll
      """)
  void addingCalendarDaysRollsTheLastDayToAWorkingDay(
      String start, int n, String expected, String because) {
    assertThat(CALENDAR.addCalendarDays(AGENCY, d(start), n)).isEqualTo(d(expected));
  }

  @ParameterizedTest(name = "{3}: {0} + {1} months = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2026-01-05 | 2 | 2026-03-05 | §51② two months, corresponding day is a working day
      2026-01-31 | 1 | 2026-03-02 | clamped to 02-28 和平紀念日 (Saturday), rolls to Monday
      2025-12-31 | 2 | 2026-03-02 | clamped to 02-28 across a year boundary
      2026-03-31 | 1 | 2026-04-30 | clamped to April's last day, a working day
      2026-07-25 | 2 | 2026-09-29 | corresponding day 09-25 is 中秋節, then weekend and 教師節
      2026-01-05 | 0 | 2026-01-05 | zero months on a working day
      """)
  void addingMonthsUsesTheCorrespondingDayThenRolls(
      String start, int n, String expected, String because) {
    assertThat(CALENDAR.addMonths(AGENCY, d(start), n)).isEqualTo(d(expected));
  }

  @Test
  void lunarNewYear2026IsAWeekOff() {
    for (LocalDate day = d("2026-02-14"); !day.isAfter(d("2026-02-22")); day = day.plusDays(1)) {
      assertThat(CALENDAR.isWorkingDay(AGENCY, day)).as(day.toString()).isFalse();
    }
    assertThat(CALENDAR.isWorkingDay(AGENCY, d("2026-02-13"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(AGENCY, d("2026-02-23"))).isTrue();
  }

  @Test
  void theMakeUpSaturdayOf2025IsAWorkingDay() {
    assertThat(CALENDAR.isWorkingDay(AGENCY, d("2025-02-08"))).isTrue();
    assertThat(CALENDAR.workingDaysBetween(AGENCY, d("2025-02-07"), d("2025-02-10"))).isEqualTo(2);
  }

  @Test
  void newYearsEve2027IsTheSubstituteDayFor2028NewYear() {
    assertThat(CALENDAR.isWorkingDay(AGENCY, d("2027-12-31"))).isFalse();
    assertThat(CALENDAR.lastDay()).isEqualTo(d("2027-12-31"));
    assertThat(CALENDAR.firstDay()).isEqualTo(d("2025-01-01"));
  }

  @Test
  void aTyphoonClosureShiftsOnlyThatAgencysDeadline() {
    CalendarSnapshot calendar =
        withClosures(new AgencyClosure(0, AGENCY, d("2026-08-04"), ClosureKind.FULL_DAY, "颱風停止上班"));
    assertThat(calendar.isWorkingDay(AGENCY, d("2026-08-04"))).isFalse();
    assertThat(calendar.isWorkingDay(OTHER, d("2026-08-04"))).isTrue();
    assertThat(calendar.addWorkingDays(AGENCY, d("2026-08-03"), 1)).isEqualTo(d("2026-08-05"));
    assertThat(calendar.addWorkingDays(OTHER, d("2026-08-03"), 1)).isEqualTo(d("2026-08-04"));
    assertThat(calendar.addCalendarDays(AGENCY, d("2026-07-31"), 4)).isEqualTo(d("2026-08-05"));
    assertThat(calendar.workingDaysBetween(AGENCY, d("2026-08-03"), d("2026-08-05"))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(OTHER, d("2026-08-03"), d("2026-08-05"))).isEqualTo(2);
  }

  @Test
  void aSupplementPeriodInCalendarDaysEndsOnTheNextWorkingDayAfterAClosureOrAWeekend() {
    // 補正期間 7 days from Tuesday 07-28 ends Tuesday 08-04: closed by the typhoon for AGENCY,
    // so its applicants have until Wednesday 08-05 (§48④); another agency's stays 08-04.
    CalendarSnapshot calendar =
        withClosures(new AgencyClosure(0, AGENCY, d("2026-08-04"), ClosureKind.FULL_DAY, "颱風停止上班"));
    TimeLimit week = TimeLimit.calendarDays(7);
    assertThat(calendar.dueDate(AGENCY, d("2026-07-28"), week)).isEqualTo(d("2026-08-05"));
    assertThat(calendar.dueDate(OTHER, d("2026-07-28"), week)).isEqualTo(d("2026-08-04"));
    // Saturday 12-12 moves to Monday 12-14.
    assertThat(CALENDAR.dueDate(AGENCY, d("2026-12-05"), week)).isEqualTo(d("2026-12-14"));
  }

  @Test
  void aTyphoonClosureLengthensOnlyThatAgencysRunningDays() {
    CalendarSnapshot calendar =
        withClosures(new AgencyClosure(0, AGENCY, d("2026-08-04"), ClosureKind.FULL_DAY, "颱風停止上班"));
    // Ten days after Friday 07-31 are 08-01..08-10 for an open office; the closed Tuesday 08-04
    // does not run, so the tenth running day is 08-11. Weekend days run as in any calendar day.
    assertThat(calendar.addRunningDays(OTHER, d("2026-07-31"), 10)).isEqualTo(d("2026-08-10"));
    assertThat(calendar.addRunningDays(AGENCY, d("2026-07-31"), 10)).isEqualTo(d("2026-08-11"));
    assertThat(calendar.runningDaysBetween(AGENCY, d("2026-07-31"), d("2026-08-11"))).isEqualTo(10);
    assertThat(calendar.addRunningDays(AGENCY, d("2026-08-04"), 0)).isEqualTo(d("2026-08-04"));
    assertThat(calendar.addRunningDays(AGENCY, d("2026-08-03"), 1)).isEqualTo(d("2026-08-05"));
  }

  @Test
  void theViewWithoutClosuresCountsOnTheOfficialCalendarAlone() {
    CalendarSnapshot calendar =
        withClosures(new AgencyClosure(0, AGENCY, d("2026-08-04"), ClosureKind.FULL_DAY, "颱風停止上班"));
    CalendarSnapshot national = calendar.withoutClosures();
    assertThat(national.isWorkingDay(AGENCY, d("2026-08-04"))).isTrue();
    assertThat(national.addWorkingDays(AGENCY, d("2026-08-03"), 1)).isEqualTo(d("2026-08-04"));
    assertThat(national.addCalendarDays(AGENCY, d("2026-07-31"), 4)).isEqualTo(d("2026-08-04"));
    assertThat(national.addRunningDays(AGENCY, d("2026-07-31"), 10)).isEqualTo(d("2026-08-10"));
    assertThat(national.withoutClosures()).isSameAs(national);
    assertThat(CALENDAR.withoutClosures()).isSameAs(CALENDAR);
    assertThat(calendar.isWorkingDay(AGENCY, d("2026-08-04")))
        .as("the snapshot is unchanged")
        .isFalse();
  }

  @Test
  void runningDaysAcrossLunarNewYear2026AreCalendarDays() {
    // Days off run in a calendar-day period; only an agency's closure stops it.
    assertThat(CALENDAR.addRunningDays(AGENCY, d("2026-02-13"), 10)).isEqualTo(d("2026-02-23"));
    assertThat(CALENDAR.runningDaysBetween(AGENCY, d("2026-02-13"), d("2026-02-23"))).isEqualTo(10);
  }

  @Test
  void aHalfDayClosureKeepsTheWorkingDay() {
    CalendarSnapshot calendar =
        withClosures(
            new AgencyClosure(0, AGENCY, d("2026-08-04"), ClosureKind.HALF_DAY, "颱風下午停止上班"));
    assertThat(calendar.isWorkingDay(AGENCY, d("2026-08-04"))).isTrue();
    assertThat(calendar.addWorkingDays(AGENCY, d("2026-08-03"), 1)).isEqualTo(d("2026-08-04"));
  }

  @Test
  void aClosureOnADayOffChangesNothing() {
    CalendarSnapshot calendar =
        withClosures(new AgencyClosure(0, AGENCY, d("2026-08-01"), ClosureKind.FULL_DAY, "颱風"));
    assertThat(calendar.addWorkingDays(AGENCY, d("2026-07-31"), 1)).isEqualTo(d("2026-08-03"));
  }

  @Test
  void addingZeroWorkingDaysReturnsTheStartUnchanged() {
    assertThat(CALENDAR.addWorkingDays(AGENCY, d("2026-02-14"), 0)).isEqualTo(d("2026-02-14"));
    assertThat(CALENDAR.addWorkingDays(AGENCY, d("2026-03-02"), 0)).isEqualTo(d("2026-03-02"));
  }

  @Test
  void workingDaysBetweenCountsAfterTheStartUpToTheEnd() {
    assertThat(CALENDAR.workingDaysBetween(AGENCY, d("2026-02-13"), d("2026-02-23"))).isEqualTo(1);
    assertThat(CALENDAR.workingDaysBetween(AGENCY, d("2026-02-23"), d("2026-02-13"))).isEqualTo(-1);
    assertThat(CALENDAR.workingDaysBetween(AGENCY, d("2026-02-13"), d("2026-02-13"))).isZero();
    assertThat(CALENDAR.workingDaysBetween(AGENCY, d("2025-12-31"), d("2026-12-31")))
        .isEqualTo(365 - 120);
  }

  @Test
  void dueDateFollowsTheUnitOfTheTimeLimit() {
    LocalDate friday = d("2026-02-13");
    assertThat(CALENDAR.dueDate(AGENCY, friday, TimeLimit.workingDays(6)))
        .isEqualTo(d("2026-03-03"));
    assertThat(CALENDAR.dueDate(AGENCY, friday, TimeLimit.calendarDays(30)))
        .isEqualTo(d("2026-03-16"));
    assertThat(CALENDAR.dueDate(AGENCY, friday, TimeLimit.STATUTORY_DEFAULT))
        .isEqualTo(d("2026-04-13"));
  }

  @Test
  void aStartOutsideTheLoadedCalendarIsRefused() {
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(AGENCY, d("2024-12-31"), 1))
        .isInstanceOfSatisfying(
            DateOutsideCalendarException.class,
            e -> {
              assertThat(e.date()).isEqualTo(d("2024-12-31"));
              assertThat(e.firstDay()).isEqualTo(d("2025-01-01"));
              assertThat(e.lastDay()).isEqualTo(d("2027-12-31"));
              assertThat(e.messageKey()).isEqualTo("calendar.error.outside-range");
            });
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(AGENCY, d("2028-01-03")))
        .isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(AGENCY, d("2028-01-03"), 0))
        .isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(() -> CALENDAR.workingDaysBetween(AGENCY, d("2026-01-05"), d("2028-01-03")))
        .isInstanceOf(DateOutsideCalendarException.class);
  }

  @Test
  void aSearchRunningPastTheLastLoadedDayIsRefused() {
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(AGENCY, d("2027-12-30"), 1))
        .isInstanceOfSatisfying(
            DateOutsideCalendarException.class,
            e -> assertThat(e.date()).isEqualTo(d("2028-01-01")));
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(AGENCY, d("2027-12-01"), 30))
        .isInstanceOf(DateOutsideCalendarException.class);
  }

  @Test
  void aRollPastTheLastLoadedDayIsRefused() {
    assertThatThrownBy(() -> CALENDAR.addCalendarDays(AGENCY, d("2027-12-25"), 6))
        .isInstanceOfSatisfying(
            DateOutsideCalendarException.class,
            e -> assertThat(e.date()).isEqualTo(d("2028-01-01")));
    assertThatThrownBy(() -> CALENDAR.addCalendarDays(AGENCY, d("2027-12-25"), 10))
        .isInstanceOfSatisfying(
            DateOutsideCalendarException.class,
            e -> assertThat(e.date()).isEqualTo(d("2028-01-04")));
    assertThatThrownBy(() -> CALENDAR.addMonths(AGENCY, d("2027-12-15"), 1))
        .isInstanceOf(DateOutsideCalendarException.class);
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(AGENCY, d("2026-03-02"), -1))
        .isInstanceOfSatisfying(
            InvalidTimeLimit.class,
            e -> assertThat(e.messageKey()).isEqualTo("calendar.error.negative-amount"));
    assertThatThrownBy(() -> TimeLimit.calendarDays(-3)).isInstanceOf(InvalidTimeLimit.class);
  }

  @Test
  void theShippedCalendarHasTheOfficialNumberOfDaysOff() {
    assertThat(CALENDAR.coverage().years())
        .containsExactly(
            new CalendarCoverage.YearSummary(2025, 365, 118),
            new CalendarCoverage.YearSummary(2026, 365, 120),
            new CalendarCoverage.YearSummary(2027, 365, 121));
  }

  @Test
  void aCalendarWithAGapCannotBeBuilt() {
    List<CalendarDay> gap =
        List.of(
            new CalendarDay(d("2026-01-01"), true, ""), new CalendarDay(d("2026-01-03"), true, ""));
    assertThatThrownBy(() -> CalendarSnapshot.of(gap, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalendarSnapshot.of(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
