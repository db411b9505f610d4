// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Who may see and do what with an agency's courtesy tests. Everything outside a staff member's
 * reach is "not found" (404), never "forbidden": the schedule and the form of an agency exist only
 * for its quality officers and its test panel.
 */
@Component
public class CourtesyAccess {

  private final Organisation organisation;
  private final CourtesyStore store;

  CourtesyAccess(Organisation organisation, CourtesyStore store) {
    this.organisation = organisation;
    this.store = store;
  }

  /** The exception for whatever is outside a staff member's reach. */
  static NotFoundException notFound() {
    return new NotFoundException("courtesy.not-found");
  }

  /** The agency named (a system administrator may name any), else the staff member's own. */
  public Agency agency(StaffPrincipal staff, @Nullable String raw) {
    return organisation.agencyFor(
        staff, raw == null || raw.isBlank() ? staff.agencyCode().value() : raw);
  }

  private static boolean own(StaffPrincipal staff, AgencyCode agency) {
    return staff.agencyCode().equals(agency);
  }

  /** A quality officer of the agency: manages the panel, schedule, settings and follow-ups. */
  public boolean isQualityOfficer(StaffPrincipal staff, AgencyCode agency) {
    return own(staff, agency) && staff.has(Role.QUALITY_OFFICER);
  }

  /** The quality officers and the test panel of the agency: the schedule and the form. */
  public boolean isTester(StaffPrincipal staff, AgencyCode agency) {
    return isQualityOfficer(staff, agency)
        || own(staff, agency) && store.onPanel(agency, staff.getUsername());
  }

  /** Who edits the agency's sheets and settings: its administrators and quality officers. */
  public boolean mayEditSheets(StaffPrincipal staff, AgencyCode agency) {
    return own(staff, agency) && (staff.has(Role.AGENCY_ADMIN) || staff.has(Role.QUALITY_OFFICER));
  }

  /**
   * Whether {@code staff} sees every unit's results of the agency (quality officers, the panel, the
   * agency's head and administrators); the other staff see their own unit's only.
   */
  public boolean seesAllUnits(StaffPrincipal staff, AgencyCode agency) {
    return isTester(staff, agency)
        || own(staff, agency) && (staff.has(Role.AGENCY_HEAD) || staff.has(Role.AGENCY_ADMIN));
  }

  /** Whether {@code staff} sees results of {@code unitId} of the agency. */
  public boolean seesUnit(StaffPrincipal staff, AgencyCode agency, long unitId) {
    return seesAllUnits(staff, agency)
        || own(staff, agency) && Long.valueOf(unitId).equals(staff.unitId());
  }

  void requireTester(StaffPrincipal staff, AgencyCode agency) {
    if (!isTester(staff, agency)) {
      throw notFound();
    }
  }

  void requireQualityOfficer(StaffPrincipal staff, AgencyCode agency) {
    if (!isQualityOfficer(staff, agency)) {
      throw notFound();
    }
  }

  void requireSheetEditor(StaffPrincipal staff, AgencyCode agency) {
    if (!mayEditSheets(staff, agency)) {
      throw notFound();
    }
  }
}
