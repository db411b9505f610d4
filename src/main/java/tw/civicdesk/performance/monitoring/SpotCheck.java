// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spot check (平時查核) of a plan's execution, optionally of one practice and/or unit: when, by whom,
 * what was found, and the follow-up actions it requires. It is {@link State#OPEN} until every
 * follow-up is done; one that requires none is closed when recorded.
 *
 * @param checker the username of the staff member who checked
 * @param version optimistic lock, raised by every change
 */
public record SpotCheck(
    long id,
    long planId,
    @Nullable String practiceId,
    @Nullable String unitCode,
    LocalDate checkedOn,
    String checker,
    String findings,
    boolean followUpRequired,
    State state,
    String recordedBy,
    Instant recordedAt,
    @Nullable Instant closedAt,
    int version,
    List<FollowUp> followUps) {

  public SpotCheck {
    followUps = List.copyOf(followUps);
  }

  /** Whether the check is open or closed. */
  public enum State {
    /** Follow-ups are still open. */
    OPEN,
    /** Every follow-up is done, or none was required. */
    CLOSED
  }

  /**
   * A follow-up action (追蹤改善事項): what to do, by which unit, by when; done with a note.
   *
   * @param seq its number within the check, from 1
   */
  public record FollowUp(
      int seq,
      String text,
      String unitCode,
      LocalDate dueOn,
      boolean done,
      @Nullable String note,
      @Nullable String doneBy,
      @Nullable Instant doneAt) {}
}
