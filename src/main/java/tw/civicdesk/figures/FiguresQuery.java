// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What figures to compute.
 *
 * @param agency the agency whose cases count
 * @param withDescendants also every agency below it (group by {@link Dimension#AGENCY} to see them
 *     side by side, else they add up)
 * @param unitId only this unit of {@code agency}, or {@code null} for all units
 * @param from the first month counted
 * @param to the last month counted, not before {@code from}
 * @param by the dimensions to group by; empty for one row of totals
 */
public record FiguresQuery(
    AgencyCode agency,
    boolean withDescendants,
    @Nullable Long unitId,
    YearMonth from,
    YearMonth to,
    Set<Dimension> by) {

  /** The longest period one query may cover, in months (ten years). */
  public static final int MAX_MONTHS = 120;

  public FiguresQuery {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    by = by.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(by));
    if (to.isBefore(from)) {
      throw new FiguresQueryRejected(FiguresQueryRejected.PERIOD_REVERSED, "to");
    }
    if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
      throw new FiguresQueryRejected(FiguresQueryRejected.PERIOD_TOO_LONG, "from", MAX_MONTHS);
    }
  }

  /**
   * A month as typed in a request parameter (yyyy-MM), or {@code otherwise} when blank.
   *
   * @throws FiguresQueryRejected on {@code parameter} when it is not a month
   */
  public static YearMonth month(@Nullable String raw, YearMonth otherwise, String parameter) {
    if (raw == null || raw.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new FiguresQueryRejected(FiguresQueryRejected.MONTH_MALFORMED, parameter);
    }
  }

  /** Figures of one agency, all units, grouped by {@code by}. */
  public static FiguresQuery of(AgencyCode agency, YearMonth from, YearMonth to, Dimension... by) {
    return new FiguresQuery(agency, false, null, from, to, Set.of(by));
  }
}
