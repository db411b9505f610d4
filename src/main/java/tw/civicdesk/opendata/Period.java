// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.time.LocalDate;

/**
 * One period of a dataset: a month or a quarter, both days included.
 *
 * @param periodicity month or quarter
 * @param from the first day
 * @param to the last day
 * @param label {@code 2026-11} or {@code 2026-Q3}; part of the period's stable URL
 */
public record Period(Periodicity periodicity, LocalDate from, LocalDate to, String label) {

  /** The period before this one. */
  public Period previous() {
    return periodicity.containing(from.minusDays(1));
  }
}
