// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.EnumSet;
import java.util.Set;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The work lists of the console (案件清單). Every view is limited to the staff member's own agency
 * and to the cases they reach ({@link CaseReach}); which views a staff member may open follows
 * from their roles:
 *
 * <ul>
 *   <li>{@link #MINE}: the cases assigned to me that are not final yet — case officers and unit
 *       heads;
 *   <li>{@link #UNIT}: my unit's cases that are not final yet — case officers and unit heads who
 *       belong to a unit;
 *   <li>{@link #UNASSIGNED}: received cases without an officer — unit heads (their own unit's),
 *       quality officers and agency or system administrators (the whole agency's);
 *   <li>{@link #ALL}: every case in reach in any status — the whole agency for agency-wide roles,
 *       the cases they filed for a counter clerk, their unit's and their own for a unit head —
 *       everyone but a plain case officer.
 * </ul>
 */
public enum CaseListView {
  MINE, UNIT, UNASSIGNED, ALL;

  /** The views {@code staff} may open, in display order; never empty. */
  public static Set<CaseListView> allowedFor(StaffPrincipal staff) {
    Set<CaseListView> views = EnumSet.noneOf(CaseListView.class);
    boolean worker = staff.has(Role.CASE_OFFICER) || staff.has(Role.UNIT_HEAD);
    if (worker) {
      views.add(MINE);
      if (staff.unitId() != null) {
        views.add(UNIT);
      }
    }
    if (staff.has(Role.UNIT_HEAD) || agencyWide(staff)) {
      views.add(UNASSIGNED);
    }
    if (!(views.contains(MINE) && staff.roles().equals(Set.of(Role.CASE_OFFICER)))) {
      views.add(ALL);
    }
    return views;
  }

  /** The view a staff member sees first: mine for officers, unassigned for unit heads, else all. */
  public static CaseListView defaultFor(StaffPrincipal staff) {
    if (staff.has(Role.CASE_OFFICER)) {
      return MINE;
    }
    if (staff.has(Role.UNIT_HEAD)) {
      return UNASSIGNED;
    }
    return ALL;
  }

  /** Whether {@code staff} sees the unassigned cases of the whole agency, not just their unit. */
  static boolean agencyWide(StaffPrincipal staff) {
    return staff.has(Role.QUALITY_OFFICER) || staff.has(Role.AGENCY_ADMIN)
        || staff.has(Role.SYSTEM_ADMIN);
  }
}
