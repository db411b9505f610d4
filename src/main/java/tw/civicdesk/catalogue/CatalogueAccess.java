// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Who may change a service: the agency's quality officers and administrators, the unit head of the
 * owning unit, and system administrators. Everyone else gets "not found".
 */
public final class CatalogueAccess {

  private CatalogueAccess() {}

  /** Whether {@code staff} may edit services of {@code agency} owned by {@code unitId}. */
  public static boolean canEdit(StaffPrincipal staff, AgencyCode agency, long unitId) {
    if (AccessPolicy.isSystemAdmin(staff)) {
      return true;
    }
    if (!staff.agencyCode().equals(agency)) {
      return false;
    }
    return staff.has(Role.QUALITY_OFFICER)
        || staff.has(Role.AGENCY_ADMIN)
        || (staff.has(Role.UNIT_HEAD) && staff.unitId() != null && staff.unitId() == unitId);
  }

  /** Whether {@code staff} may edit any service of {@code agency} (to see the console list). */
  public static boolean canEditSome(StaffPrincipal staff, AgencyCode agency) {
    return AccessPolicy.isSystemAdmin(staff)
        || staff.agencyCode().equals(agency)
            && (staff.has(Role.QUALITY_OFFICER)
                || staff.has(Role.AGENCY_ADMIN)
                || staff.has(Role.UNIT_HEAD));
  }
}
