// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The queries of the site search that found nothing, as the quality officer's feedback page lists
 * them (the list of what to write next), from the search module's record of them ({@link
 * SearchMissedQueries}).
 */
public interface MissedQueries {

  /**
   * The most frequent missed queries searched within {@code agency} (or across all agencies when it
   * is null) from {@code from} to {@code to}, both included, most frequent first.
   *
   * @param limit at most this many, 1 to 200
   */
  List<Missed> top(@Nullable AgencyCode agency, LocalDate from, LocalDate to, int limit);

  /**
   * One query that found nothing.
   *
   * @param text the query as normalised by the search
   * @param count how often it was searched in the span
   * @param last the last month it was searched in
   */
  record Missed(String text, long count, YearMonth last) {}
}
