// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * A reporting period of a plan's year: a quarter by default ({@code 2026-Q1}), a half ({@code
 * 2026-H1}), or a month ({@code 2026-M03}), from its first to its last day.
 */
@NamedInterface("api")
public record ReportingPeriod(String code, LocalDate first, LocalDate last) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|M(0[1-9]|1[0-2]))");

  /** How a plan's year is divided for reporting. */
  public enum Length {
    QUARTER(3, "Q"),
    HALF(6, "H"),
    MONTH(1, "M");

    private final int months;
    private final String prefix;

    Length(int months, String prefix) {
      this.months = months;
      this.prefix = prefix;
    }
  }

  /** The periods of {@code year}, in order. */
  public static List<ReportingPeriod> of(int year, Length length) {
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int i = 0; i < 12 / length.months; i++) {
      YearMonth start = YearMonth.of(year, 1 + i * length.months);
      YearMonth end = start.plusMonths(length.months - 1L);
      String n = length == Length.MONTH ? String.format("%02d", i + 1) : String.valueOf(i + 1);
      periods.add(
          new ReportingPeriod(year + "-" + length.prefix + n, start.atDay(1), end.atEndOfMonth()));
    }
    return periods;
  }

  /** The period {@code code} names, e.g. {@code 2026-Q2}. */
  public static ReportingPeriod parse(String code) {
    Matcher m = CODE.matcher(code);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a reporting period: " + code);
    }
    char kind = m.group(2).charAt(0);
    Length length = kind == 'Q' ? Length.QUARTER : kind == 'H' ? Length.HALF : Length.MONTH;
    return of(Integer.parseInt(m.group(1)), length).stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** Whether {@code day} falls within this period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
