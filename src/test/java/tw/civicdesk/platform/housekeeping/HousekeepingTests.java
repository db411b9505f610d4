// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HousekeepingTests {

  private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T19:15:00Z"), ZoneOffset.UTC);

  record Fixed(String name, int rows, List<Instant> calls) implements Purge {
    @Override
    public int purge(Instant now) {
      calls.add(now);
      return rows;
    }
  }

  @Test
  void everyPurgeRunsOnceWithTheClocksNowAndTheDeletedRowsAreAddedUp() {
    List<Instant> calls = new ArrayList<>();
    int total =
        HousekeepingScheduling.run(
            List.of(new Fixed("a", 3, calls), new Fixed("b", 4, calls)), clock);
    assertThat(total).isEqualTo(7);
    assertThat(calls).containsExactly(clock.instant(), clock.instant());
  }

  @Test
  void aPurgeThatFailsDoesNotStopTheOthers() {
    List<Instant> calls = new ArrayList<>();
    Purge failing =
        new Purge() {
          @Override
          public String name() {
            return "failing";
          }

          @Override
          public int purge(Instant now) {
            throw new IllegalStateException("database gone");
          }
        };
    int total = HousekeepingScheduling.run(List.of(failing, new Fixed("b", 2, calls)), clock);
    assertThat(total).isEqualTo(2);
    assertThat(calls).hasSize(1);
  }
}
