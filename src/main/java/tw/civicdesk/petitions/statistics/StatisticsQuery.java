// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Which petition statistics: one agency's months {@code from} to {@code to} (inclusive, at most
 * {@value #MAX_MONTHS}), of one kind or of every kind but applications, grouped by {@code by}.
 */
public record StatisticsQuery(
    AgencyCode agency, YearMonth from, YearMonth to, @Nullable CaseKind kind, Dimension by) {

  /** The most months one query spans: ten years. */
  public static final int MAX_MONTHS = 120;

  public StatisticsQuery {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(by, "by");
    if (from.isAfter(to) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
      throw new IllegalArgumentException("from must not be after to, nor more than 120 months");
    }
    if (kind == CaseKind.APPLICATION) {
      throw new IllegalArgumentException("applications have figures of their own");
    }
  }

  /** The same query grouped by {@code dimension}. */
  public StatisticsQuery by(Dimension dimension) {
    return new StatisticsQuery(agency, from, to, kind, dimension);
  }
}
