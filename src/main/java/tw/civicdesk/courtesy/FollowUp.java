// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The follow-up of a test scored under the agency's threshold: an improvement report (改善報告) the
 * unit's head owes by {@code dueOn}, which the quality officer closes (accepts) or sends back.
 *
 * @param total the test's total, for the lists
 * @param calledOn the day of the test
 * @param version optimistic-lock version, incremented on every change
 */
public record FollowUp(
    long id,
    long testId,
    AgencyCode agency,
    long unitId,
    State state,
    Instant openedAt,
    LocalDate dueOn,
    String report,
    @Nullable String submittedBy,
    @Nullable Instant submittedAt,
    String reviewNote,
    @Nullable String reviewedBy,
    @Nullable Instant reviewedAt,
    BigDecimal total,
    LocalDate calledOn,
    int version) {

  /** Where a follow-up stands. */
  public enum State {
    /** Waiting for the unit's report. */
    OPEN,
    /** Reported; waiting for the quality officer. */
    SUBMITTED,
    /** Sent back by the quality officer; waiting for a new report. */
    RETURNED,
    /** Accepted by the quality officer. */
    CLOSED;

    /** Whether the unit owes a report (and is chased for it). */
    public boolean waitingForUnit() {
      return this == OPEN || this == RETURNED;
    }
  }
}
