// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import org.springframework.stereotype.Component;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * Who may do what with an agency's proposals: every staff member of the agency reads and submits;
 * its quality officers (and system administrators) decide, assign, implement, publish and keep the
 * criteria, panel, meetings and settings; panel members score; the assigned unit's staff report
 * progress. Anything outside a staff member's agency is {@link ProposalNotFound} (404); a step they
 * may not take is 403.
 */
@Component
public class ProposalAccess {

  private final Organisation organisation;
  private final ProposalSetupStore setup;
  private final Catalogue catalogue;

  ProposalAccess(Organisation organisation, ProposalSetupStore setup, Catalogue catalogue) {
    this.organisation = organisation;
    this.setup = setup;
    this.catalogue = catalogue;
  }

  /** What {@code agency} has: its units, its meetings, its published services. */
  ProposalCheck.Known known(AgencyCode agency) {
    return new ProposalCheck.Known(
        unit -> organisation.units(agency).stream().anyMatch(u -> u.id() == unit),
        meeting -> setup.meeting(meeting).filter(m -> m.agency().equals(agency)).isPresent(),
        code ->
            ServiceCode.isValid(code)
                && catalogue
                    .published(ServiceCode.of(code))
                    .filter(v -> v.agency().equals(agency))
                    .isPresent());
  }

  /** Whether {@code staff} is a quality officer of {@code agency} (or a system administrator). */
  public static boolean isOfficer(StaffPrincipal staff, AgencyCode agency) {
    return AccessPolicy.isSystemAdmin(staff)
        || staff.agencyCode().equals(agency) && staff.has(Role.QUALITY_OFFICER);
  }

  /** Whether {@code staff} sits on the review panel of {@code agency}. */
  public boolean onPanel(StaffPrincipal staff, AgencyCode agency) {
    return staff.agencyCode().equals(agency) && setup.panel(agency).contains(staff.getUsername());
  }

  /** Whether {@code staff} may report progress on {@code p}: its unit's staff or an officer. */
  public static boolean mayReport(StaffPrincipal staff, Proposal p) {
    return isOfficer(staff, p.agency())
        || staff.agencyCode().equals(p.agency())
            && p.assignedUnitId() != null
            && p.assignedUnitId().equals(staff.unitId());
  }

  /** The agency if {@code staff} may read it; else {@link ProposalNotFound}. */
  void requireReader(StaffPrincipal staff, AgencyCode agency) {
    if (!AccessPolicy.canView(staff, agency) || !organisation.exists(agency)) {
      throw new ProposalNotFound();
    }
  }

  /** 404 outside the agency, 403 for a reader who is no quality officer. */
  void requireOfficer(StaffPrincipal staff, AgencyCode agency) {
    requireReader(staff, agency);
    if (!isOfficer(staff, agency)) {
      throw new ForbiddenException("proposals.not-for-you");
    }
  }

  /** No such proposal, meeting or agency, or not one the caller may reach. */
  public static final class ProposalNotFound extends NotFoundException {
    public ProposalNotFound() {
      super("proposals.not-found");
    }
  }
}
