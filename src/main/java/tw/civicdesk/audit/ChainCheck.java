// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import org.jspecify.annotations.Nullable;

/**
 * What {@link AuditLog#verify} found.
 *
 * @param intact whether every row links to its predecessor and matches its own hash, and the anchor
 *     kept outside the database is {@link Anchor#CONFIRMED} (or there is none yet)
 * @param rows how many rows were checked
 * @param firstBrokenId the id of the first row that does not: a changed row, or the row after a
 *     removed one; for an anchor that does not hold, the anchored row's id; {@code null} when
 *     intact (and when the anchor file cannot be read)
 * @param anchor what the anchor outside the database says about the newest rows (ADR 0029)
 * @param anchoredId the id of the anchored row, {@code null} without a readable anchor
 */
public record ChainCheck(
    boolean intact,
    long rows,
    @Nullable Long firstBrokenId,
    Anchor anchor,
    @Nullable Long anchoredId) {

  /** What the anchor kept outside the database says. */
  public enum Anchor {
    /** No anchor yet (no entry appended since it was set up): removal from the end goes unseen. */
    NONE,
    /** The anchored row is there with the anchored hash, so no row up to it was removed. */
    CONFIRMED,
    /** The newest row is older than the anchored one: the newest entries were removed. */
    HEAD_OLDER,
    /** The anchored row is gone though newer rows exist: entries were removed and others added. */
    MISSING_ROW,
    /** The anchored row has another hash: the log was rewritten with fresh hashes. */
    CHANGED,
    /** An anchor file is there but holds no anchor: it was damaged or replaced. */
    UNREADABLE;

    /** Whether this finding leaves the log trustworthy. */
    public boolean holds() {
      return this == NONE || this == CONFIRMED;
    }
  }
}
