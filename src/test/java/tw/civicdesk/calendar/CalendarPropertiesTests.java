// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Compares the snapshot's fast arithmetic with slow day-by-day stepping. The stepping here is
 * independent of the code under test: it reads the shipped file line by line on its own and keeps
 * its own set of days off and closed days.
 */
class CalendarPropertiesTests {

  static final AgencyCode A = new AgencyCode("PROP-A");
  static final AgencyCode B = new AgencyCode("PROP-B");
  static final List<CalendarDay> DAYS = new ArrayList<>();
  static final Set<LocalDate> DAYS_OFF = new HashSet<>();
  static final LocalDate FIRST;
  static final LocalDate LAST;

  static {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                CalendarPropertiesTests.class.getResourceAsStream(
                    "/" + ShippedCalendarLoader.RESOURCE),
                StandardCharsets.UTF_8))) {
      in.lines()
          .filter(line -> !line.startsWith("#") && !line.startsWith("date,"))
          .map(line -> line.split(",", -1))
          .forEach(
              cells -> {
                LocalDate day = LocalDate.parse(cells[0]);
                DAYS.add(new CalendarDay(day, cells[1].equals("true"), cells[2]));
                if (cells[1].equals("true")) {
                  DAYS_OFF.add(day);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FIRST = DAYS.get(0).day();
    LAST = DAYS.get(DAYS.size() - 1).day();
  }

  /** A random calendar: random closures of both agencies, some half-day. */
  record Case(List<AgencyClosure> closures, CalendarSnapshot snapshot, Set<LocalDate> closedForA) {

    static Case of(List<AgencyClosure> closures) {
      Set<LocalDate> closedForA = new HashSet<>();
      closures.stream()
          .filter(c -> c.agency().equals(A) && c.kind() == ClosureKind.FULL_DAY)
          .forEach(c -> closedForA.add(c.day()));
      return new Case(closures, CalendarSnapshot.of(DAYS, closures), closedForA);
    }

    boolean working(LocalDate day) {
      return !DAYS_OFF.contains(day) && !closedForA.contains(day);
    }

    /** Steps day by day; empty when the calendar ends first. */
    Optional<LocalDate> stepWorkingDays(LocalDate start, int n) {
      LocalDate day = start;
      for (int found = 0; found < n; ) {
        day = day.plusDays(1);
        if (day.isAfter(LAST)) {
          return Optional.empty();
        }
        found += working(day) ? 1 : 0;
      }
      return Optional.of(day);
    }

    Optional<LocalDate> roll(LocalDate end) {
      for (LocalDate day = end; !day.isAfter(LAST); day = day.plusDays(1)) {
        if (working(day)) {
          return Optional.of(day);
        }
      }
      return Optional.empty();
    }

    int count(LocalDate from, LocalDate to) {
      int count = 0;
      for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
        count += working(day) ? 1 : 0;
      }
      return count;
    }
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, (int) ChronoUnit.DAYS.between(FIRST, LAST))
        .map(FIRST::plusDays);
  }

  @Provide
  Arbitrary<Case> calendars() {
    Arbitrary<AgencyClosure> closure =
        Combinators.combine(Arbitraries.of(A, B), days(), Arbitraries.of(ClosureKind.class))
            .as((agency, day, kind) -> new AgencyClosure(0, agency, day, kind, "typhoon"));
    return closure
        .list()
        .ofMaxSize(60)
        .uniqueElements(c -> List.of(c.agency(), c.day()))
        .map(Case::of);
  }

  @Property(tries = 1000)
  void addingWorkingDaysEqualsSteppingDayByDay(
      @ForAll("calendars") Case calendar,
      @ForAll("days") LocalDate start,
      @ForAll @IntRange(min = 0, max = 200) int n) {
    Optional<LocalDate> expected = calendar.stepWorkingDays(start, n);
    if (expected.isPresent()) {
      assertThat(calendar.snapshot().addWorkingDays(A, start, n)).isEqualTo(expected.get());
    } else {
      assertThatThrownBy(() -> calendar.snapshot().addWorkingDays(A, start, n))
          .isInstanceOf(DateOutsideCalendarException.class);
    }
  }

  @Property(tries = 1000)
  void workingDaysBetweenEqualsCountingDayByDay(
      @ForAll("calendars") Case calendar,
      @ForAll("days") LocalDate from,
      @ForAll("days") LocalDate to) {
    int expected = to.isBefore(from) ? -calendar.count(to, from) : calendar.count(from, to);
    assertThat(calendar.snapshot().workingDaysBetween(A, from, to)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void addingCalendarDaysEqualsAddingThenRollingDayByDay(
      @ForAll("calendars") Case calendar,
      @ForAll("days") LocalDate start,
      @ForAll @IntRange(min = 0, max = 200) int n) {
    LocalDate end = start.plusDays(n);
    Optional<LocalDate> expected = end.isAfter(LAST) ? Optional.empty() : calendar.roll(end);
    if (expected.isPresent()) {
      assertThat(calendar.snapshot().addCalendarDays(A, start, n)).isEqualTo(expected.get());
    } else {
      assertThatThrownBy(() -> calendar.snapshot().addCalendarDays(A, start, n))
          .isInstanceOf(DateOutsideCalendarException.class);
    }
  }

  @Property(tries = 1000)
  void addingMonthsEqualsTheCorrespondingDayRolledDayByDay(
      @ForAll("calendars") Case calendar,
      @ForAll("days") LocalDate start,
      @ForAll @IntRange(min = 0, max = 24) int n) {
    LocalDate end = start.plusMonths(n);
    Optional<LocalDate> expected = end.isAfter(LAST) ? Optional.empty() : calendar.roll(end);
    if (expected.isPresent()) {
      assertThat(calendar.snapshot().addMonths(A, start, n)).isEqualTo(expected.get());
    } else {
      assertThatThrownBy(() -> calendar.snapshot().addMonths(A, start, n))
          .isInstanceOf(DateOutsideCalendarException.class);
    }
  }

  @Property(tries = 1000)
  void countingTheWorkingDaysAddedGivesBackTheAmount(
      @ForAll("calendars") Case calendar,
      @ForAll("days") LocalDate start,
      @ForAll @IntRange(min = 0, max = 200) int n) {
    Optional<LocalDate> end = calendar.stepWorkingDays(start, n);
    if (end.isPresent()) {
      CalendarSnapshot snapshot = calendar.snapshot();
      assertThat(snapshot.workingDaysBetween(A, start, snapshot.addWorkingDays(A, start, n)))
          .isEqualTo(n);
    }
  }

  @Property(tries = 1000)
  void isWorkingDayAgreesWithTheRawCalendarAndTheClosures(
      @ForAll("calendars") Case calendar, @ForAll("days") LocalDate day) {
    assertThat(calendar.snapshot().isWorkingDay(A, day)).isEqualTo(calendar.working(day));
    assertThat(calendar.snapshot().isWorkingDay(new AgencyCode("PROP-NONE"), day))
        .isEqualTo(!DAYS_OFF.contains(day));
  }
}
