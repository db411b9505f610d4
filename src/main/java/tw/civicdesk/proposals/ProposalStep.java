// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

/** What may happen to a proposal; {@link ProposalLifecycle} says from which statuses. */
public enum ProposalStep {
  /** A panel member scores it. */
  SCORE,
  /** The quality officer adopts it. */
  ADOPT,
  /** The quality officer adopts it in part. */
  ADOPT_IN_PART,
  /** The quality officer does not adopt it. */
  NOT_ADOPT,
  /** The quality officer assigns it to a unit with milestones. */
  ASSIGN,
  /** The unit reports progress on a milestone. */
  REPORT,
  /** The quality officer marks it implemented. */
  IMPLEMENT,
  /** The quality officer publishes it on the accountability page. */
  PUBLISH,
  /** The quality officer takes it off the accountability page. */
  UNPUBLISH
}
