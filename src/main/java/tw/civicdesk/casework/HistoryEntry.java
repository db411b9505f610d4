// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One step in a case's history, never changed once written.
 *
 * @param action what was done; {@code null} for filing the case
 * @param from the status before, {@code null} for filing
 * @param publicNote what the applicant may read on the tracking page
 * @param internalNote for staff only
 * @param supplyBy for a supplement request, the date by which to supply (補正期限); else {@code null}
 */
public record HistoryEntry(
    int sequence,
    @Nullable CaseAction action,
    @Nullable CaseStatus from,
    CaseStatus to,
    Actor actor,
    Instant at,
    @Nullable String publicNote,
    @Nullable String internalNote,
    @Nullable LocalDate supplyBy) {

  /** Who took the step: a staff username, {@code applicant} or {@code system}. */
  public String who() {
    return actor.who();
  }
}
