// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Where a plan is in its year: drafted, approved by the agency head (核定), published on the public
 * site (主動公開), in execution, closed with the year's report. The transitions are the table {@link
 * #TRANSITIONS}; nothing else moves a plan.
 */
@NamedInterface("api")
public enum PlanStatus {
  DRAFT,
  APPROVED,
  PUBLISHED,
  IN_EXECUTION,
  CLOSED;

  /** What each lifecycle action does: from which status to which. */
  public static final Map<PlanAction, Map<PlanStatus, PlanStatus>> TRANSITIONS =
      Map.of(
          PlanAction.APPROVE, Map.of(DRAFT, APPROVED),
          PlanAction.PUBLISH, Map.of(APPROVED, PUBLISHED),
          PlanAction.START, Map.of(PUBLISHED, IN_EXECUTION, APPROVED, IN_EXECUTION),
          PlanAction.CLOSE, Map.of(IN_EXECUTION, CLOSED));

  /** Where {@code action} takes a plan in this status, or empty when it may not be taken here. */
  public Optional<PlanStatus> after(PlanAction action) {
    return Optional.ofNullable(TRANSITIONS.getOrDefault(action, Map.of()).get(this));
  }

  /** Whether the public may read a plan in this status: published and after. */
  public boolean isPublic() {
    return this == PUBLISHED || this == IN_EXECUTION || this == CLOSED;
  }

  /** Whether the content may be edited freely: only a draft; after approval only by a revision. */
  public boolean editable() {
    return this == DRAFT;
  }

  /** Whether a revision (修正) may be recorded: approved and not yet closed. */
  public boolean revisable() {
    return this == APPROVED || this == PUBLISHED || this == IN_EXECUTION;
  }
}
