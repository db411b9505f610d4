// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the current {@link CalendarSnapshot} in memory.
 *
 * <p>Several application nodes share one database, and a change made on another node is not
 * announced here. So a snapshot is reused for at most {@code maxAge} (60 s by default) and then
 * reloaded; a change made through this node ({@link #invalidateAfterCommit()}) is visible at once
 * after its transaction commits. A reload that races with an invalidation is never kept: each
 * cached snapshot remembers the generation it was loaded in.
 */
final class SnapshotCache {

  private record Cached(CalendarSnapshot snapshot, Instant loadedAt, long generation) {}

  private final Supplier<CalendarSnapshot> loader;
  private final Clock clock;
  private final Duration maxAge;
  private final AtomicLong generation = new AtomicLong();
  private final Object reloading = new Object();
  private volatile @Nullable Cached cached;

  /**
   * @param loader reads a fresh snapshot from the database
   * @param clock the time source for the age of a snapshot
   * @param maxAge how long a snapshot is reused before it is reloaded
   */
  SnapshotCache(Supplier<CalendarSnapshot> loader, Clock clock, Duration maxAge) {
    this.loader = Objects.requireNonNull(loader);
    this.clock = Objects.requireNonNull(clock);
    this.maxAge = Objects.requireNonNull(maxAge);
  }

  /** The current snapshot, reloaded if it is older than the maximum age or was invalidated. */
  CalendarSnapshot current() {
    Cached now = cached;
    if (isFresh(now)) {
      return now.snapshot();
    }
    synchronized (reloading) {
      now = cached;
      if (isFresh(now)) {
        return now.snapshot();
      }
      long loadedGeneration = generation.get();
      Instant loadedAt = clock.instant();
      CalendarSnapshot snapshot = loader.get();
      cached = new Cached(snapshot, loadedAt, loadedGeneration);
      return snapshot;
    }
  }

  /** Makes the next {@link #current()} reload. */
  void invalidate() {
    generation.incrementAndGet();
  }

  /**
   * Invalidates now and again when the surrounding transaction has finished, so that no other
   * thread keeps a snapshot read before the commit. Without a transaction it just invalidates.
   */
  void invalidateAfterCommit() {
    invalidate();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              invalidate();
            }
          });
    }
  }

  private boolean isFresh(@Nullable Cached candidate) {
    return candidate != null
        && candidate.generation() == generation.get()
        && clock.instant().isBefore(candidate.loadedAt().plus(maxAge));
  }
}
