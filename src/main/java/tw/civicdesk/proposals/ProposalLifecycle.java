// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import static tw.civicdesk.proposals.ProposalStatus.ADOPTED;
import static tw.civicdesk.proposals.ProposalStatus.ADOPTED_IN_PART;
import static tw.civicdesk.proposals.ProposalStatus.IMPLEMENTED;
import static tw.civicdesk.proposals.ProposalStatus.NOT_ADOPTED;
import static tw.civicdesk.proposals.ProposalStatus.SUBMITTED;
import static tw.civicdesk.proposals.ProposalStatus.UNDER_REVIEW;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.civicdesk.platform.error.ConflictException;

/**
 * The lifecycle of a proposal as one transition table: for each step, the statuses it may be taken
 * from and the status it leads to ({@code null}: the status stays).
 *
 * <pre>
 * SCORE          SUBMITTED, UNDER_REVIEW              → UNDER_REVIEW
 * ADOPT          SUBMITTED, UNDER_REVIEW              → ADOPTED
 * ADOPT_IN_PART  SUBMITTED, UNDER_REVIEW              → ADOPTED_IN_PART
 * NOT_ADOPT      SUBMITTED, UNDER_REVIEW              → NOT_ADOPTED
 * ASSIGN         ADOPTED, ADOPTED_IN_PART             (stays)
 * REPORT         ADOPTED, ADOPTED_IN_PART             (stays)
 * IMPLEMENT      ADOPTED, ADOPTED_IN_PART             → IMPLEMENTED
 * PUBLISH        ADOPTED, ADOPTED_IN_PART, IMPLEMENTED (stays)
 * UNPUBLISH      ADOPTED, ADOPTED_IN_PART, IMPLEMENTED (stays)
 * </pre>
 */
public final class ProposalLifecycle {

  private record Move(Set<ProposalStatus> from, ProposalStatus to) {}

  private static final Map<ProposalStep, Move> TABLE = new EnumMap<>(ProposalStep.class);

  static {
    Set<ProposalStatus> open = Set.of(SUBMITTED, UNDER_REVIEW);
    Set<ProposalStatus> adopted = Set.of(ADOPTED, ADOPTED_IN_PART);
    Set<ProposalStatus> shown = Set.of(ADOPTED, ADOPTED_IN_PART, IMPLEMENTED);
    TABLE.put(ProposalStep.SCORE, new Move(open, UNDER_REVIEW));
    TABLE.put(ProposalStep.ADOPT, new Move(open, ADOPTED));
    TABLE.put(ProposalStep.ADOPT_IN_PART, new Move(open, ADOPTED_IN_PART));
    TABLE.put(ProposalStep.NOT_ADOPT, new Move(open, NOT_ADOPTED));
    TABLE.put(ProposalStep.ASSIGN, new Move(adopted, null));
    TABLE.put(ProposalStep.REPORT, new Move(adopted, null));
    TABLE.put(ProposalStep.IMPLEMENT, new Move(adopted, IMPLEMENTED));
    TABLE.put(ProposalStep.PUBLISH, new Move(shown, null));
    TABLE.put(ProposalStep.UNPUBLISH, new Move(shown, null));
  }

  private ProposalLifecycle() {}

  /** Whether {@code step} may be taken from {@code status}. */
  public static boolean allows(ProposalStatus status, ProposalStep step) {
    return TABLE.get(step).from().contains(status);
  }

  /**
   * The status after {@code step} from {@code status}.
   *
   * @throws StepRefused (409, {@code proposals.step-refused}) when the table has no such move
   */
  public static ProposalStatus next(ProposalStatus status, ProposalStep step) {
    Move move = TABLE.get(step);
    if (!move.from().contains(status)) {
      throw new StepRefused(step, status);
    }
    return Optional.ofNullable(move.to()).orElse(status);
  }

  /** The step a decision is. */
  public static ProposalStep decision(ProposalStatus decision) {
    return switch (decision) {
      case ADOPTED -> ProposalStep.ADOPT;
      case ADOPTED_IN_PART -> ProposalStep.ADOPT_IN_PART;
      case NOT_ADOPTED -> ProposalStep.NOT_ADOPT;
      default -> throw new StepRefused(ProposalStep.ADOPT, decision);
    };
  }

  /** A step the table does not allow from the proposal's status. */
  public static final class StepRefused extends ConflictException {
    StepRefused(ProposalStep step, ProposalStatus status) {
      super("proposals.step-refused", step.name(), status.name());
    }
  }
}
