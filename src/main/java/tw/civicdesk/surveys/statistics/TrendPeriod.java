// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The periods a trend is counted by: calendar months, quarters or years. */
public enum TrendPeriod {
  MONTH(1),
  QUARTER(3),
  YEAR(12);

  private final int months;

  TrendPeriod(int months) {
    this.months = months;
  }

  /** The first month of the period {@code month} falls in. */
  public YearMonth start(YearMonth month) {
    int index = (month.getMonthValue() - 1) / months * months;
    return YearMonth.of(month.getYear(), index + 1);
  }

  /** The first month of the next period after the one starting with {@code start}. */
  public YearMonth next(YearMonth start) {
    return start.plusMonths(months);
  }

  /** The last day of the period starting with {@code start}. */
  public LocalDate end(YearMonth start) {
    return start.plusMonths(months - 1L).atEndOfMonth();
  }

  /**
   * The period's label, the same in every language: {@code 2026-03}, {@code 2026-Q1}, {@code 2026}.
   */
  public String label(YearMonth start) {
    return switch (this) {
      case MONTH -> start.toString();
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  /** The lower-case name used in addresses: {@code month}, {@code quarter}, {@code year}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The period named {@code raw} ({@link #parameter()}, any case), if it names one. */
  public static Optional<TrendPeriod> of(@Nullable String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (TrendPeriod p : values()) {
      if (p.name().equalsIgnoreCase(raw.strip())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
