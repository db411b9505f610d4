// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step in the life of a progress report, never changed once written: a submission with what it
 * said, or a review with its comment.
 *
 * @param status for a submission, what it said; {@code null} for a review
 * @param comment for a return or reopening, the quality officer's reason
 */
public record ProgressEntry(
    int seq,
    Action action,
    String actor,
    Instant at,
    boolean onBehalf,
    @Nullable ProgressStatus status,
    @Nullable String narrative,
    Map<String, BigDecimal> figures,
    List<String> links,
    @Nullable String comment) {

  public ProgressEntry {
    figures = Map.copyOf(figures);
    links = List.copyOf(links);
  }

  /** What the step was. */
  public enum Action {
    /** The first submission. */
    SUBMIT,
    /** A later submission, after a return or before any review. */
    RESUBMIT,
    /** The quality officer accepted it. */
    ACCEPT,
    /** The quality officer returned it with a comment. */
    RETURN,
    /** The quality officer reopened an accepted report, with a reason. */
    REOPEN
  }
}
