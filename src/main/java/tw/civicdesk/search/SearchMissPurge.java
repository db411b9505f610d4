// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.housekeeping.Purge;

/** Housekeeping of the searches that found nothing: keeps the last 24 months (ADR 0050). */
@Component
class SearchMissPurge implements Purge {

  /** How many whole months of missed searches are kept before the current one. */
  static final int MONTHS_KEPT = 24;

  private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

  private final SearchMisses misses;

  SearchMissPurge(SearchMisses misses) {
    this.misses = misses;
  }

  @Override
  public String name() {
    return "search-misses";
  }

  @Override
  public int purge(Instant now) {
    return misses.purgeBefore(
        now.atZone(TAIWAN).toLocalDate().withDayOfMonth(1).minusMonths(MONTHS_KEPT));
  }
}
