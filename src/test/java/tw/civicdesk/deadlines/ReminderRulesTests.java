// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tw.civicdesk.calendar.AgencyClosure;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.ClosureKind;
import tw.civicdesk.calendar.ShippedCalendar;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The reminder rules on the shipped 2026 calendar: a case received on Wednesday 11 February 2026
 * with six working days, across the Lunar New Year week (14–22 February) and the 228 long weekend
 * (27 February–1 March), is due on Thursday 26 February.
 */
class ReminderRulesTests {

  static final AgencyCode AGENCY = new AgencyCode("YILAN-JIAOXI");
  static final CaseNumber NUMBER = new CaseNumber("YILAN-JIAOXI-20260211-00001");
  static final LocalDate RECEIVED = LocalDate.of(2026, 2, 11);
  static final TimeLimit SIX_DAYS = TimeLimit.workingDays(6);
  static final CalendarSnapshot CALENDAR = ShippedCalendar.SNAPSHOT;

  static OpenCase assigned(@Nullable LocalDate due) {
    return new OpenCase(NUMBER, AGENCY, "officer", RECEIVED, SIX_DAYS, due);
  }

  static List<ReminderOccasion> on(OpenCase c, String day, CalendarSnapshot calendar) {
    return ReminderRules.dueOn(c, LocalDate.parse(day), calendar, ReminderPolicy.DEFAULT).stream()
        .map(Reminder::occasion)
        .toList();
  }

  static List<ReminderOccasion> on(OpenCase c, String day) {
    return on(c, day, CALENDAR);
  }

  @Test
  void theDueDateSkipsTheLunarNewYearWeek() {
    assertThat(CALENDAR.dueDate(AGENCY, RECEIVED, SIX_DAYS)).isEqualTo("2026-02-26");
  }

  @Test
  void dueSoonStartsTwoWorkingDaysBeforeAndNothingFallsDueOnADayOff() {
    OpenCase c = assigned(LocalDate.parse("2026-02-26"));
    assertThat(on(c, "2026-02-13")).isEmpty();
    assertThat(on(c, "2026-02-16")).as("New Year's Eve, a day off").isEmpty();
    assertThat(on(c, "2026-02-23")).isEmpty();
    assertThat(on(c, "2026-02-24")).containsExactly(ReminderOccasion.DUE_SOON);
    assertThat(on(c, "2026-02-25")).containsExactly(ReminderOccasion.DUE_SOON);
    assertThat(on(c, "2026-02-26")).containsExactly(ReminderOccasion.DUE_TODAY);
  }

  @Test
  void aCaseLateOverTheLongWeekendGoesToTheOfficerAndTheUnitHeadOnTheNextWorkingDay() {
    OpenCase c = assigned(LocalDate.parse("2026-02-26"));
    assertThat(on(c, "2026-02-27")).as("補假, a day off").isEmpty();
    assertThat(on(c, "2026-03-02"))
        .containsExactly(ReminderOccasion.OVERDUE, ReminderOccasion.OVERDUE_ESCALATED);
  }

  @Test
  void aCaseIsSeverelyLateOnceItsLimitHasRunThreeTimes() {
    OpenCase c = assigned(LocalDate.parse("2026-02-26"));
    LocalDate thirdPeriodEnds = CALENDAR.addWorkingDays(AGENCY, LocalDate.parse("2026-02-26"), 12);
    assertThat(thirdPeriodEnds).isEqualTo("2026-03-17");
    assertThat(on(c, "2026-03-17")).doesNotContain(ReminderOccasion.SEVERELY_OVERDUE);
    assertThat(on(c, "2026-03-18"))
        .containsExactly(
            ReminderOccasion.OVERDUE,
            ReminderOccasion.OVERDUE_ESCALATED,
            ReminderOccasion.SEVERELY_OVERDUE);
  }

  @Test
  void aTyphoonClosureMovesTheDueDateAndWithItTheReminders() {
    CalendarSnapshot typhoon =
        CalendarSnapshot.of(
            ShippedCalendar.DAYS,
            List.of(
                new AgencyClosure(
                    1, AGENCY, LocalDate.parse("2026-02-24"), ClosureKind.FULL_DAY, "颱風停止上班")));
    LocalDate due = typhoon.dueDate(AGENCY, RECEIVED, SIX_DAYS);
    assertThat(due).isEqualTo("2026-03-02");
    OpenCase c = assigned(due);
    assertThat(on(c, "2026-02-24", typhoon)).as("the closed day").isEmpty();
    assertThat(on(c, "2026-02-26", typhoon)).containsExactly(ReminderOccasion.DUE_SOON);
    assertThat(on(c, "2026-03-02", typhoon)).containsExactly(ReminderOccasion.DUE_TODAY);
    OpenCase elsewhere =
        new OpenCase(
            new CaseNumber("YILAN-COUNTY-20260211-00001"),
            new AgencyCode("YILAN-COUNTY"),
            "officer",
            RECEIVED,
            SIX_DAYS,
            typhoon.dueDate(new AgencyCode("YILAN-COUNTY"), RECEIVED, SIX_DAYS));
    assertThat(on(elsewhere, "2026-02-26", typhoon))
        .as("an agency that stayed open")
        .containsExactly(ReminderOccasion.DUE_TODAY);
  }

  @Test
  void aCaseNobodyWasGivenReachesTheUnitHeadAfterOneWorkingDay() {
    OpenCase c =
        new OpenCase(
            NUMBER,
            AGENCY,
            null,
            LocalDate.parse("2026-02-13"),
            SIX_DAYS,
            CALENDAR.dueDate(AGENCY, LocalDate.parse("2026-02-13"), SIX_DAYS));
    assertThat(on(c, "2026-02-23")).as("one working day after Friday 13th").isEmpty();
    assertThat(on(c, "2026-02-24")).containsExactly(ReminderOccasion.UNASSIGNED);
  }

  @Test
  void whileDocumentsAreAwaitedTheClockStandsAndNoDeadlineReminderFalls() {
    assertThat(on(assigned(null), "2026-06-01")).isEmpty();
  }

  @Test
  void eachReminderHasAKeyUniquePerCaseAndOccasion() {
    List<Reminder> due =
        ReminderRules.dueOn(
            assigned(LocalDate.parse("2026-02-26")),
            LocalDate.parse("2026-03-02"),
            CALENDAR,
            ReminderPolicy.DEFAULT);
    assertThat(due)
        .extracting(Reminder::occasionKey)
        .containsExactly("overdue:" + NUMBER.value(), "overdue-escalated:" + NUMBER.value());
  }
}
