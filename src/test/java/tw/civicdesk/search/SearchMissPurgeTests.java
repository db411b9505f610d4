// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.civicdesk.IntegrationTest;

/** Missed searches are kept 24 whole months before the current one, then deleted. */
@IntegrationTest
class SearchMissPurgeTests {

  @Autowired SearchMisses misses;
  @Autowired SearchMissPurge purge;

  @Test
  void searchesThatFoundNothingOlderThanTwoYearsAreDeletedAndNewerOnesKept() {
    String agency = "PURGE-MISS";
    misses.record("舊的查詢", agency, LocalDate.of(2024, 11, 30));
    misses.record("保留的查詢", agency, LocalDate.of(2024, 12, 1));
    misses.record("A123456789", agency, LocalDate.of(2020, 1, 1));

    int deleted = purge.purge(Instant.parse("2026-12-07T04:00:00Z"));

    assertThat(deleted).isGreaterThanOrEqualTo(2);
    assertThat(misses.misses(agency, LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)))
        .extracting(SearchMisses.Miss::query)
        .containsExactly("保留的查詢");
    assertThat(misses.withheld(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1))).isZero();
  }
}
