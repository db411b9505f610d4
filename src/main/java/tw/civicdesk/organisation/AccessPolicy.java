// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see or change an agency's records. The one place the scoping rules live:
 *
 * <ul>
 *   <li>a system administrator may see and manage every agency;
 *   <li>a staff account is managed (changed, disabled, its password reset) only by someone who may
 *       manage its agency <em>and</em> may grant every role it holds ({@link #grantableRoles}): so
 *       the system administrator's account by system administrators only;
 *   <li>an agency administrator may see and manage their own agency (profile, units, staff, closure
 *       days);
 *   <li>every other staff member may see their own agency's records;
 *   <li>a quality officer may also read <em>aggregate</em> figures (no personal data) of every
 *       agency below their own in the hierarchy;
 *   <li>every staff member may look a case up by its number — its public timeline and internal
 *       details, no personal data but the masked name — in their own agency and every agency below
 *       it, so that a supervising agency can answer the phone for its offices.
 * </ul>
 *
 * Records outside a caller's scope are answered as "not found", never as "forbidden", so that their
 * existence does not leak.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /** Whether {@code staff} may see the records of {@code agency}. */
  public static boolean canView(StaffPrincipal staff, AgencyCode agency) {
    return staff.has(Role.SYSTEM_ADMIN) || staff.agencyCode().equals(agency);
  }

  /** Whether {@code staff} may change the profile, units, staff and closures of {@code agency}. */
  public static boolean canManage(StaffPrincipal staff, AgencyCode agency) {
    return staff.has(Role.SYSTEM_ADMIN)
        || (staff.has(Role.AGENCY_ADMIN) && staff.agencyCode().equals(agency));
  }

  /**
   * The roles {@code actor} may grant (and so the roles an account may hold for {@code actor} to
   * manage it): every role for a system administrator; every role but system administrator for an
   * agency administrator; none for anyone else.
   */
  public static Set<Role> grantableRoles(StaffPrincipal actor) {
    if (actor.has(Role.SYSTEM_ADMIN)) {
      return EnumSet.allOf(Role.class);
    }
    if (actor.has(Role.AGENCY_ADMIN)) {
      return EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN));
    }
    return EnumSet.noneOf(Role.class);
  }

  /**
   * Whether {@code actor} may manage the staff account {@code account}: they may manage its agency
   * and grant every role it holds. An account holding a role the actor may not grant is out of
   * their reach — "not found", like another agency's account.
   */
  public static boolean canManageAccount(StaffPrincipal actor, StaffMember account) {
    return canManage(actor, account.agencyCode())
        && grantableRoles(actor).containsAll(account.roles());
  }

  /** Whether {@code staff} may create agencies and manage the national calendar. */
  public static boolean isSystemAdmin(StaffPrincipal staff) {
    return staff.has(Role.SYSTEM_ADMIN);
  }

  /**
   * Whether {@code staff} may read aggregate figures of {@code agency}, given the set of agencies
   * below the staff member's own ({@link Organisation#descendantsOf}).
   */
  public static boolean canReadAggregates(
      StaffPrincipal staff, AgencyCode agency, Set<AgencyCode> belowOwnAgency) {
    return staff.has(Role.SYSTEM_ADMIN)
        || staff.agencyCode().equals(agency)
        || (staff.has(Role.QUALITY_OFFICER) && belowOwnAgency.contains(agency));
  }

  /**
   * Whether {@code staff} may look up a case of {@code agency} by its number (the staff tracking
   * look-up): a case of their own agency or of any agency below it, given the set of agencies below
   * the staff member's own ({@link Organisation#descendantsOf}). A system administrator gets no
   * wider reach here: cases are the agencies' own work.
   */
  public static boolean canLookUpCase(
      StaffPrincipal staff, AgencyCode agency, Set<AgencyCode> belowOwnAgency) {
    return staff.agencyCode().equals(agency) || belowOwnAgency.contains(agency);
  }
}
