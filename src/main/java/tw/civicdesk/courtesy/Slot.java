// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A planned test of the agency's schedule: a window of days in which a unit is called, unannounced.
 * Seen only by the agency's quality officers and test panel.
 *
 * @param testId the test that carried it out, if one has
 */
public record Slot(
    long id, LocalDate from, LocalDate to, long unitId, String note, @Nullable Long testId) {}
