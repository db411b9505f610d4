// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The calendar on the real database. The database is shared with every other integration test, so
 * this test uses agencies of its own and puts back every national day it changes.
 */
@IntegrationTest
class CalendarAdministrationTests {

  static final AgencyCode AGENCY = new AgencyCode("CAL-TEST-A");
  static final AgencyCode OTHER = new AgencyCode("CAL-TEST-B");
  static final LocalDate MONDAY = LocalDate.of(2027, 11, 15);

  @Autowired CalendarAdministration administration;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcClient jdbc;

  static byte[] dgpaFile(String rows) {
    return ("\uFEFF西元日期,星期,是否放假,備註\r\n" + rows).getBytes(StandardCharsets.UTF_8);
  }

  /** Everything stored by the calendar module, as one comparable text. */
  String storedCalendar() {
    return jdbc.sql(
            """
            select (select string_agg(concat_ws('|', day, holiday, description, source), ';'
                                      order by day) from calendar_day)
                || (select count(*) from calendar_import)::text
            """)
        .query(String.class)
        .single();
  }

  @Test
  void theShippedCalendarIsLoadedAtStartUp() {
    CalendarCoverage coverage = calendar.coverage();

    assertThat(coverage.firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(coverage.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(coverage.years())
        .containsExactly(
            new CalendarCoverage.YearSummary(2025, 365, 118),
            new CalendarCoverage.YearSummary(2026, 365, 120),
            new CalendarCoverage.YearSummary(2027, 365, 121));
    assertThat(
            jdbc.sql(
                    """
            select count(*) from calendar_day
            where holiday and extract(year from day) = 2026 and source like 'shipped:%'
            """)
                .query(Integer.class)
                .single())
        .isEqualTo(120);
  }

  @Test
  void anImportedRevisionIsUsedAtOnce() {
    assertThat(calendar.isWorkingDay(AGENCY, MONDAY)).isTrue();
    try {
      ImportResult result =
          administration.importOfficialCsv(
              "116年辦公日曆表修正版.csv", dgpaFile("20271115,一,2,測試放假\r\n"), "test-admin");

      assertThat(result)
          .extracting(
              ImportResult::days,
              ImportResult::holidays,
              ImportResult::added,
              ImportResult::changed,
              ImportResult::firstDay)
          .containsExactly(1, 1, 0, 1, MONDAY);
      assertThat(calendar.isWorkingDay(AGENCY, MONDAY)).isFalse();
      assertThat(calendar.addWorkingDays(AGENCY, MONDAY.minusDays(3), 1))
          .isEqualTo(MONDAY.plusDays(1));
      assertThat(administration.imports().get(0))
          .extracting(
              CalendarImport::id,
              CalendarImport::importedBy,
              CalendarImport::fileName,
              CalendarImport::dayCount)
          .containsExactly(result.importId(), "test-admin", "116年辦公日曆表修正版.csv", 1);
    } finally {
      administration.importOfficialCsv("restore.csv", dgpaFile("20271115,一,0,\r\n"), "test");
    }
    assertThat(calendar.isWorkingDay(AGENCY, MONDAY)).isTrue();
  }

  @Test
  void aRejectedImportChangesNothing() {
    String before = storedCalendar();

    assertThatThrownBy(
            () ->
                administration.importOfficialCsv(
                    "bad.csv", dgpaFile("20271115,一,2,\r\n20271116,三,2,\r\n"), "test-admin"))
        .isInstanceOfSatisfying(
            CalendarImportRejected.class,
            e ->
                assertThat(e.errors())
                    .extracting(CalendarImportError::messageKey)
                    .containsExactly("calendar.import.error.weekday"));

    assertThat(storedCalendar()).isEqualTo(before);
    assertThat(calendar.isWorkingDay(AGENCY, MONDAY)).isTrue();
  }

  @Test
  void anImportThatWouldLeaveAGapIsRejected() {
    String before = storedCalendar();

    assertThatThrownBy(
            () ->
                administration.importOfficialCsv(
                    "2029.csv", dgpaFile("20290101,一,2,開國紀念日\r\n"), "test-admin"))
        .isInstanceOfSatisfying(
            CalendarImportRejected.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        CalendarImportError.of(
                            0,
                            "calendar.import.error.not-adjacent",
                            LocalDate.of(2029, 1, 1),
                            LocalDate.of(2029, 1, 1),
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2027, 12, 31))));

    assertThat(storedCalendar()).isEqualTo(before);
  }

  @Test
  void closuresAffectOnlyTheirAgencyUntilRemoved() {
    LocalDate typhoon = LocalDate.of(2026, 8, 4);
    AgencyClosure full =
        administration.addClosure(AGENCY, typhoon, ClosureKind.FULL_DAY, " 颱風停止上班 ", "test-admin");
    AgencyClosure half =
        administration.addClosure(
            AGENCY, typhoon.plusDays(1), ClosureKind.HALF_DAY, "颱風下午停止上班", "test-admin");
    try {
      assertThat(full.id()).isPositive();
      assertThat(full.reason()).isEqualTo("颱風停止上班");
      assertThat(calendar.isWorkingDay(AGENCY, typhoon)).isFalse();
      assertThat(calendar.isWorkingDay(OTHER, typhoon)).isTrue();
      assertThat(calendar.isWorkingDay(AGENCY, typhoon.plusDays(1))).isTrue();
      assertThat(calendar.addWorkingDays(AGENCY, typhoon.minusDays(1), 1))
          .isEqualTo(typhoon.plusDays(1));
      assertThat(administration.closures(AGENCY, 2026)).containsExactly(full, half);
      assertThat(administration.closures(AGENCY, 2027)).isEmpty();
      assertThat(administration.closures(OTHER, 2026)).isEmpty();
    } finally {
      administration.removeClosure(AGENCY, full.id());
      administration.removeClosure(AGENCY, half.id());
    }
    assertThat(calendar.isWorkingDay(AGENCY, typhoon)).isTrue();
    assertThat(administration.closures(AGENCY, 2026)).isEmpty();
  }

  @Test
  void aSecondClosureOnTheSameDayIsRefused() {
    LocalDate day = LocalDate.of(2026, 9, 1);
    AgencyClosure closure =
        administration.addClosure(AGENCY, day, ClosureKind.FULL_DAY, "颱風", "test-admin");
    try {
      assertThatThrownBy(
              () ->
                  administration.addClosure(AGENCY, day, ClosureKind.HALF_DAY, "颱風", "test-admin"))
          .isInstanceOfSatisfying(
              DuplicateClosure.class,
              e -> assertThat(e.messageKey()).isEqualTo("calendar.closure.error.duplicate"));
      AgencyClosure other =
          administration.addClosure(OTHER, day, ClosureKind.FULL_DAY, "颱風", "test-admin");
      administration.removeClosure(OTHER, other.id());
    } finally {
      administration.removeClosure(AGENCY, closure.id());
    }
  }

  @Test
  void invalidClosuresAreRefused() {
    assertThatThrownBy(
            () ->
                administration.addClosure(
                    AGENCY, LocalDate.of(2028, 7, 1), ClosureKind.FULL_DAY, "颱風", "test-admin"))
        .isInstanceOf(DateOutsideCalendarException.class);
    assertThatThrownBy(
            () ->
                administration.addClosure(
                    AGENCY, LocalDate.of(2026, 7, 1), ClosureKind.FULL_DAY, "  ", "test-admin"))
        .isInstanceOf(InvalidClosureReason.class);
    assertThatThrownBy(
            () ->
                administration.addClosure(
                    AGENCY,
                    LocalDate.of(2026, 7, 1),
                    ClosureKind.FULL_DAY,
                    "颱".repeat(201),
                    "test-admin"))
        .isInstanceOf(InvalidClosureReason.class);
    assertThat(administration.closures(AGENCY, 2026)).isEmpty();
  }

  @Test
  void removingAnotherAgencysClosureIsNotFound() {
    AgencyClosure closure =
        administration.addClosure(
            AGENCY, LocalDate.of(2026, 9, 2), ClosureKind.FULL_DAY, "颱風", "test-admin");
    try {
      assertThatThrownBy(() -> administration.removeClosure(OTHER, closure.id()))
          .isInstanceOfSatisfying(
              ClosureNotFound.class,
              e -> assertThat(e.messageKey()).isEqualTo("calendar.closure.error.not-found"));
    } finally {
      administration.removeClosure(AGENCY, closure.id());
    }
    assertThatThrownBy(() -> administration.removeClosure(AGENCY, closure.id()))
        .isInstanceOf(ClosureNotFound.class);
  }

  @Test
  void theCalendarIsReadyForDeadlinesRightAfterStartUp() {
    assertThat(calendar.dueDate(AGENCY, LocalDate.of(2026, 2, 13), TimeLimit.workingDays(1)))
        .isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(List.of(calendar.snapshot().firstDay(), calendar.snapshot().lastDay()))
        .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
  }
}
