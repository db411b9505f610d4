// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.figures.Dimension;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.figures.FiguresQueryRejected;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The query parameters of the figures API, shared by JSON and CSV, turned into a {@link
 * FiguresQuery}; each malformed parameter is a 422 problem on that parameter.
 *
 * @param agency an agency code; the caller's own when blank
 * @param from the first month, yyyy-MM; January of this year when blank
 * @param to the last month, yyyy-MM; this month when blank
 * @param by dimensions separated by commas (agency, unit, service, channel, kind, month)
 * @param unit a unit id of the agency, or blank for all
 * @param descendants whether to include every agency below it
 */
record FiguresRequest(
    @Nullable String agency,
    @Nullable String from,
    @Nullable String to,
    @Nullable String by,
    @Nullable String unit,
    boolean descendants) {

  FiguresQuery toQuery(StaffPrincipal staff, Clock clock) {
    YearMonth now = YearMonth.now(clock);
    return new FiguresQuery(
        agencyCode(staff),
        descendants,
        unitId(),
        FiguresQuery.month(from, now.withMonth(1), "from"),
        FiguresQuery.month(to, now, "to"),
        dimensions());
  }

  private AgencyCode agencyCode(StaffPrincipal staff) {
    if (agency == null || agency.isBlank()) {
      return staff.agencyCode();
    }
    if (!AgencyCode.isValid(agency)) {
      throw new AgencyNotFoundException();
    }
    return AgencyCode.of(agency);
  }

  private @Nullable Long unitId() {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(unit.strip());
    } catch (NumberFormatException e) {
      throw new FiguresQueryRejected(FiguresQueryRejected.UNIT_MALFORMED, "unit");
    }
  }

  private Set<Dimension> dimensions() {
    Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
    if (by == null || by.isBlank()) {
      return dimensions;
    }
    for (String name : by.split(",")) {
      String trimmed = name.strip();
      try {
        dimensions.add(Dimension.valueOf(trimmed.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new FiguresQueryRejected(FiguresQueryRejected.DIMENSION_UNKNOWN, "by", trimmed);
      }
    }
    return dimensions;
  }
}
