// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

/** Where a proposal stands (ADR 0056); the moves between them are {@link ProposalLifecycle}. */
public enum ProposalStatus {
  /** 已提案: submitted, no review yet. */
  SUBMITTED,
  /** 審查中: at least one panel member has scored it. */
  UNDER_REVIEW,
  /** 採行: adopted. */
  ADOPTED,
  /** 部分採行: adopted in part. */
  ADOPTED_IN_PART,
  /** 不採行: not adopted (final). */
  NOT_ADOPTED,
  /** 已完成實施: implemented (final). */
  IMPLEMENTED;

  /** Whether the proposal was adopted, wholly or in part (implemented ones included). */
  public boolean adopted() {
    return this == ADOPTED || this == ADOPTED_IN_PART || this == IMPLEMENTED;
  }
}
