// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of one accepted official calendar import, kept for accountability.
 *
 * @param id the import id; calendar days it wrote carry the source {@code import:<id>}
 * @param importedAt when it was imported
 * @param importedBy who imported it
 * @param fileName the uploaded file's name
 * @param firstDay the first day in the file
 * @param lastDay the last day in the file
 * @param dayCount the number of days in the file
 */
public record CalendarImport(
    long id,
    Instant importedAt,
    String importedBy,
    String fileName,
    LocalDate firstDay,
    LocalDate lastDay,
    int dayCount) {}
