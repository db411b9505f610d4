// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseQuery.Cursor;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The console's case lists, read-only. Every list holds cases of the caller's own agency only (also
 * for a system administrator) and within their reach ({@link CaseReach}: a counter clerk's "all" is
 * the cases they filed, a unit head's their unit's and their own), and never anything about the
 * applicant. Pages are cut by keyset (the last row's sort key and number), so a page costs the same
 * at the millionth case as at the first and a case never shows twice or goes missing while paging
 * through a list that does not change.
 */
@Service
@Transactional(readOnly = true)
public class CaseList {

  private final CaseListQueries queries;
  private final Clock clock;

  CaseList(CaseListQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /** The page {@code query} asks for, with the cursor of the next one if there is more. */
  public CaseQuery.Page page(CaseQuery query) {
    StaffPrincipal staff = query.staff();
    LocalDate today = LocalDate.now(clock);
    // "Mine" and "unit" lie within the reach by themselves; the others are narrowed to it.
    CaseReach.@Nullable ListScope reach =
        query.view() == CaseQuery.View.MINE || query.view() == CaseQuery.View.UNIT
            ? null
            : CaseReach.listScope(staff);
    List<CaseListQueries.Row> rows =
        queries.rows(
            staff.agencyCode(),
            query.view(),
            staff.getUsername(),
            unitScope(query.view(), staff),
            reach,
            query.filter(),
            query.sort(),
            query.after(),
            query.size() + 1,
            today);
    boolean more = rows.size() > query.size();
    List<CaseQuery.Row> page =
        rows.stream()
            .limit(query.size())
            .map(
                r ->
                    new CaseQuery.Row(
                        r.number(),
                        r.serviceCode(),
                        r.channel(),
                        r.status(),
                        r.receivedOn(),
                        r.dueDate(),
                        r.officer(),
                        overdue(r, today),
                        r.unitId(),
                        r.serviceVersion()))
            .toList();
    Cursor next = more ? cursor(page.get(page.size() - 1), query.sort()) : null;
    return new CaseQuery.Page(page, next);
  }

  /** The unit a view is limited to, {@code null} for the whole agency. */
  private static @Nullable Long unitScope(CaseQuery.View view, StaffPrincipal staff) {
    return switch (view) {
      case UNIT -> staff.unitId();
      case UNASSIGNED ->
          CaseQuery.View.agencyWide(staff) || !staff.has(Role.UNIT_HEAD) ? null : staff.unitId();
      case MINE, ALL -> null;
    };
  }

  private static boolean overdue(CaseListQueries.Row r, LocalDate today) {
    return r.status().clockRuns() && r.dueDate() != null && r.dueDate().isBefore(today);
  }

  private static Cursor cursor(CaseQuery.Row last, CaseQuery.Sort sort) {
    return switch (sort) {
      case DUE ->
          new Cursor(
              last.dueDate() == null ? CaseQuery.NO_DUE_DATE : last.dueDate(), last.number());
      case RECEIVED -> new Cursor(last.receivedOn(), last.number());
      case NUMBER -> new Cursor(null, last.number());
    };
  }
}
