// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tw.civicdesk.ManualClock;

class SnapshotCacheTests {

  static final CalendarSnapshot ONE_DAY =
      CalendarSnapshot.of(List.of(new CalendarDay(LocalDate.of(2026, 1, 2), false, "")), List.of());

  final ManualClock clock = new ManualClock(Instant.parse("2026-01-02T01:00:00Z"));
  final AtomicInteger loads = new AtomicInteger();
  final SnapshotCache cache =
      new SnapshotCache(
          () -> {
            loads.incrementAndGet();
            return ONE_DAY;
          },
          clock,
          Duration.ofSeconds(60));

  @Test
  void aSnapshotIsReusedWithinTheRefreshInterval() {
    cache.current();
    clock.advance(Duration.ofSeconds(59));
    cache.current();

    assertThat(loads).hasValue(1);
  }

  @Test
  void aSnapshotIsReloadedOnceTheRefreshIntervalHasPassed() {
    cache.current();
    clock.advance(Duration.ofSeconds(60));
    cache.current();
    cache.current();

    assertThat(loads).hasValue(2);
  }

  @Test
  void anInvalidatedSnapshotIsReloadedAtOnce() {
    cache.current();
    cache.invalidate();
    cache.current();

    assertThat(loads).hasValue(2);
  }

  @Test
  void invalidatingInsideATransactionInvalidatesAgainWhenItEnds() {
    TransactionSynchronizationManager.initSynchronization();
    try {
      cache.invalidateAfterCommit();
      cache.current(); // another reader loads before the commit
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    cache.current();

    assertThat(loads).hasValue(2);
  }

  @Test
  void aLoadThatRacesWithAnInvalidationIsNotKept() {
    AtomicReference<SnapshotCache> racing = new AtomicReference<>();
    racing.set(
        new SnapshotCache(
            () -> {
              if (loads.incrementAndGet() == 1) {
                racing.get().invalidate(); // a change commits while the first load is reading
              }
              return ONE_DAY;
            },
            clock,
            Duration.ofSeconds(60)));

    racing.get().current();
    racing.get().current();
    racing.get().current();

    assertThat(loads).hasValue(2);
  }
}
