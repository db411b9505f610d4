// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import java.util.List;
import tw.civicdesk.casework.CaseQuery;

/**
 * The first cases of a due list, earliest due date first, and how many there are: exactly {@code
 * count}, or at least {@code count} when {@code more}.
 *
 * @param rows the first {@link Dashboard#SHOWN} cases
 * @param count the cases counted, at most {@link tw.civicdesk.casework.CaseQuery#MAX_SIZE}
 * @param more whether there are more than {@code count}
 */
public record DueList(List<CaseQuery.Row> rows, int count, boolean more) {

  public DueList {
    rows = List.copyOf(rows);
  }

  static DueList of(CaseQuery.Page page) {
    return new DueList(
        page.rows().stream().limit(Dashboard.SHOWN).toList(),
        page.rows().size(),
        page.next() != null);
  }
}
