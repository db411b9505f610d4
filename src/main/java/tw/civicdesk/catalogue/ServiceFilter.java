// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Which published services to list; {@code null} fields do not filter.
 *
 * @param page 0-based page number
 * @param size services per page, 1–100
 */
public record ServiceFilter(
    @Nullable AgencyCode agency,
    @Nullable Long unitId,
    @Nullable ServiceCategory category,
    @Nullable Channel channel,
    int page,
    int size) {

  /** Largest page size the catalogue serves. */
  public static final int MAX_PAGE_SIZE = 100;

  public ServiceFilter {
    page = Math.max(0, page);
    size = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
  }

  /** Every published service of one agency, on one page. */
  public static ServiceFilter allOf(AgencyCode agency) {
    return new ServiceFilter(agency, null, null, null, 0, MAX_PAGE_SIZE);
  }
}
