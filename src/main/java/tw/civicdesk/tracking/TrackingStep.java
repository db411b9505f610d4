// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseAction;

/**
 * A step of a case as the public timeline names it; its label is the message {@code
 * tracking.step.<NAME>}. Joint handling between units (會辦) and follow-ups (稽催) with their answers
 * are internal and have no step. The public note of {@link #RESCHEDULED} is the new due date.
 */
public enum TrackingStep {
  RECEIVED,
  ASSIGNED,
  IN_PROGRESS,
  SUPPLEMENT_REQUESTED,
  SUPPLIED,
  EXTENDED,
  DECIDED,
  CLOSED,
  TRANSFERRED,
  WITHDRAWN,
  MERGED,
  /** The due date moved because the agency's office closed (or a closure was withdrawn). */
  RESCHEDULED,
  /** Handed to another unit of the agency (改分); the public note names the unit. */
  REROUTED;

  /** The public step of a history entry's action ({@code null} = filing); empty if internal. */
  static Optional<TrackingStep> of(@Nullable CaseAction action) {
    if (action == null) {
      return Optional.of(RECEIVED);
    }
    return Optional.ofNullable(
        switch (action) {
          case ASSIGN -> ASSIGNED;
          case START -> IN_PROGRESS;
          case REQUEST_SUPPLEMENT -> SUPPLEMENT_REQUESTED;
          case SUPPLY -> SUPPLIED;
          case EXTEND -> EXTENDED;
          case DECIDE -> DECIDED;
          case CLOSE -> CLOSED;
          case TRANSFER -> TRANSFERRED;
          case WITHDRAW -> WITHDRAWN;
          case MERGE -> MERGED;
          case RESCHEDULE -> RESCHEDULED;
          case REROUTE -> REROUTED;
          // Internal: joint handling between units, and follow-ups (稽催) with their answers.
          case REQUEST_JOINT_HANDLING, FOLLOW_UP, ANSWER_FOLLOW_UP -> null;
        });
  }

  /** Whether the entry's public note may be shown for this step. */
  boolean showsNote() {
    return this != RECEIVED && this != ASSIGNED && this != IN_PROGRESS && this != CLOSED;
  }
}
