// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.search.SearchMisses;

/** {@link MissedQueries} from the search module's record of searches that found nothing. */
@Component
class SearchMissedQueries implements MissedQueries {

  private final SearchMisses misses;

  SearchMissedQueries(SearchMisses misses) {
    this.misses = misses;
  }

  @Override
  public List<Missed> top(@Nullable AgencyCode agency, LocalDate from, LocalDate to, int limit) {
    return misses.misses(agency == null ? null : agency.value(), from, to).stream()
        .limit(Math.max(1, Math.min(limit, 200)))
        .map(m -> new Missed(m.query(), m.count(), m.perMonth().lastKey()))
        .toList();
  }
}
