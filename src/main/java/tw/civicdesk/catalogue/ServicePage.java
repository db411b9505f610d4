// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;

/**
 * One page of published services, ordered by agency and name.
 *
 * @param total services matching the filter on all pages
 */
public record ServicePage(List<ServiceVersion> items, int page, int size, long total) {

  public ServicePage {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return (int) ((total + size - 1) / size);
  }
}
