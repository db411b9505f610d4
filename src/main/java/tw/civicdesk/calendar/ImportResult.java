// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;

/**
 * The outcome of an accepted calendar import.
 *
 * @param importId the id of the import record ({@link CalendarImport#id()})
 * @param firstDay the first day in the file
 * @param lastDay the last day in the file
 * @param days the number of days in the file
 * @param holidays of those, days off (是否放假 = 2)
 * @param added days that were not loaded before
 * @param changed days that were loaded before and whose working/day-off flag is now different
 */
public record ImportResult(
    long importId,
    LocalDate firstDay,
    LocalDate lastDay,
    int days,
    int holidays,
    int added,
    int changed) {}
