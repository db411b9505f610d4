// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation.AgencyFigures;

/**
 * What one staff member's console home shows: their agency, and one section per kind of work their
 * roles give them ({@code null} when they have no such role). Every list is short (the first
 * {@value #SHOWN} rows) and says whether there is more, with the page that has it all.
 *
 * @param figures counts of their agency and, for quality officers of a supervising agency, of the
 *     agencies below
 */
public record Home(
    Agency agency,
    List<AgencyFigures> figures,
    @Nullable Counter counter,
    @Nullable Work work,
    @Nullable UnitWork unit,
    @Nullable Oversight oversight,
    @Nullable Administration administration) {

  /** The rows of a list shown on the home. */
  public static final int SHOWN = 10;

  public Home {
    figures = List.copyOf(figures);
  }

  /** Whether the person has no section at all (e.g. an agency head): only the agency is shown. */
  public boolean plain() {
    return counter == null
        && work == null
        && unit == null
        && oversight == null
        && administration == null;
  }

  /**
   * A list of cases: the first rows and whether there are more than shown.
   *
   * @param count the cases counted, at most {@code tw.civicdesk.casework.CaseQuery.MAX_SIZE}
   */
  public record Cases(List<HomeCase> rows, int count, boolean more) {
    public Cases {
      rows = List.copyOf(rows);
    }
  }

  /** The counter clerk's: the cases they filed today (at the counter, by phone or by mail). */
  public record Counter(LocalDate today, Cases filedToday) {}

  /**
   * The case officer's: their open cases, the earliest due first, and the received cases of their
   * unit that nobody works yet.
   */
  public record Work(Cases mine, Cases unassigned) {}

  /**
   * The unit head's: the unit's overdue cases, those due within the window (working days), and the
   * received cases waiting to be assigned.
   */
  public record UnitWork(
      Cases overdue, Cases dueSoon, int windowDays, LocalDate windowEnd, Cases unassigned) {}

  /**
   * The quality officer's: counts that lead to the page behind each.
   *
   * @param unansweredFollowUps follow-ups (稽催) not answered yet, in their agency
   * @param draftPlans plans of their own agency still in draft
   * @param plans plans they may read
   * @param overdue cases of their agency past their due date (at most the case-list page size;
   *     {@code overdueMore} when there are more)
   * @param overview whether the performance overview of the agencies below is open to them
   */
  public record Oversight(
      int unansweredFollowUps,
      int draftPlans,
      int plans,
      int overdue,
      boolean overdueMore,
      int dueSoon,
      boolean dueSoonMore,
      boolean overview) {}

  /**
   * An administrator's: their agency's units and staff, and whether they administer every agency
   * (system administrator: agencies, the national calendar, scoring frameworks).
   */
  public record Administration(int units, long activeStaff, boolean everyAgency) {}
}
