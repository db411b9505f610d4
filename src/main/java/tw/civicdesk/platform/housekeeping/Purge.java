// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.housekeeping;

import java.time.Instant;

/**
 * Rows a module keeps only for a while — throttle counters, sign-in failures, idempotency keys,
 * sent messages — and deletes once they are past their use. Each module that keeps such rows
 * declares one bean of this type for its own tables (a module never deletes another's rows); the
 * daily {@code housekeeping} task ({@link HousekeepingScheduling}) calls every one.
 *
 * <p>An implementation deletes in its own transaction, is safe to run twice or on two nodes at
 * once, and deletes nothing a request in flight may still need (e.g. a throttle window that has not
 * yet passed, an idempotency key whose replay is still promised).
 */
public interface Purge {

  /** A short name for the log, e.g. {@code tracking-throttle}; no personal data. */
  String name();

  /**
   * Deletes what is past its use at {@code now}.
   *
   * @return how many rows were deleted
   */
  int purge(Instant now);
}
