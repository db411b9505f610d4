// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a case list.
 *
 * @param next where the next page starts, {@code null} on the last page
 */
public record CaseListPage(List<CaseListRow> rows, CaseQuery.@Nullable Cursor next) {
  public CaseListPage {
    rows = List.copyOf(rows);
  }
}
