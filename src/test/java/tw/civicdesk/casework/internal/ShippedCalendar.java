// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import tw.civicdesk.calendar.CalendarDay;
import tw.civicdesk.calendar.CalendarSnapshot;

/** The calendar shipped with the application, read straight from its CSV, for unit tests. */
public final class ShippedCalendar {

  public static final List<CalendarDay> DAYS = read();
  public static final CalendarSnapshot SNAPSHOT = CalendarSnapshot.of(DAYS, List.of());

  private ShippedCalendar() {}

  private static List<CalendarDay> read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        ShippedCalendar.class.getResourceAsStream("/calendar/tw-gov-calendar-2025-2027.csv")),
        StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("date,"))
          .map(l -> l.split(",", -1))
          .map(f -> new CalendarDay(LocalDate.parse(f[0]), Boolean.parseBoolean(f[1]), f[2]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
