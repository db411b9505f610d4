// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.PetitionQuery;

/**
 * GET requests with the specification's filters and CivicDesk's keyset paging (ADR 0039). When
 * {@code ids} is not empty every other filter is ignored, as the specification says.
 *
 * @param start earliest {@code requested_datetime}, inclusive; {@code null} for 90 days before
 *     {@code end} (or now), the specification's default span
 * @param end latest {@code requested_datetime}, inclusive; {@code null} for no bound
 * @param after the cursor of the last request of the previous page, {@code null} for the first
 * @param pageSize requests per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record RequestQuery(
    AgencyCode agency,
    Set<CaseNumber> ids,
    Set<String> serviceCodes,
    Set<RequestStatus> statuses,
    @Nullable Instant start,
    @Nullable Instant end,
    PetitionQuery.@Nullable Cursor after,
    int pageSize) {

  /** The most requests a page holds, and the default: the specification's 1,000. */
  public static final int MAX_PAGE_SIZE = PetitionQuery.MAX_LIMIT;

  /** The span a query without {@code start} covers. */
  public static final java.time.Duration DEFAULT_SPAN = java.time.Duration.ofDays(90);

  public RequestQuery {
    ids = Set.copyOf(ids);
    serviceCodes = Set.copyOf(serviceCodes);
    statuses = Set.copyOf(statuses);
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE);
    }
  }
}
