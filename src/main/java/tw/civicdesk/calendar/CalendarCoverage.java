// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What the loaded calendar covers: one contiguous run of days.
 *
 * @param firstDay the first loaded day
 * @param lastDay the last loaded day
 * @param days the number of loaded days
 * @param years per calendar year, in ascending order (a partly loaded year counts its loaded days)
 */
public record CalendarCoverage(
    LocalDate firstDay, LocalDate lastDay, int days, List<YearSummary> years) {

  public CalendarCoverage {
    years = List.copyOf(years);
  }

  /**
   * The loaded days of one year.
   *
   * @param year the calendar year
   * @param days loaded days in that year
   * @param daysOff of those, days off by the official calendar (agency closures not counted)
   */
  public record YearSummary(int year, int days, int daysOff) {}
}
