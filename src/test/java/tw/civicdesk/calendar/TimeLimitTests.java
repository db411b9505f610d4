// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimeLimitTests {

  @Test
  void anHoursLimitRunsFromTheMomentOfReceipt() {
    LocalDateTime received = LocalDateTime.of(2026, 2, 13, 16, 30);
    assertThat(TimeLimit.hours(2).dueMoment(received)).isEqualTo(received.plusHours(2));
  }

  @Test
  void aDayCountedLimitHasNoDueMomentAndAnHoursLimitNoDueDate() {
    assertThatThrownBy(() -> TimeLimit.workingDays(3).dueMoment(LocalDateTime.of(2026, 3, 2, 9, 0)))
        .isInstanceOf(HoursNeedAMoment.class);
    CalendarSnapshot calendar = CalendarSnapshotTests.CALENDAR;
    assertThatThrownBy(
            () ->
                calendar.dueDate(
                    CalendarSnapshotTests.AGENCY,
                    java.time.LocalDate.of(2026, 3, 2),
                    TimeLimit.hours(4)))
        .isInstanceOf(HoursNeedAMoment.class);
  }

  @Test
  void theStatutoryDefaultIsTwoMonthsAndNegativeAmountsAreRefused() {
    assertThat(TimeLimit.STATUTORY_DEFAULT).isEqualTo(TimeLimit.months(2));
    assertThatThrownBy(() -> TimeLimit.calendarDays(-1)).isInstanceOf(InvalidTimeLimit.class);
  }
}
