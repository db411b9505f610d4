// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Need-to-know (ADR 0025): which of their own agency's cases a staff member reaches — the case
 * page, its applicant, attachments, verifications, receipt and steps, in the console and over the
 * API. Nobody reaches another agency's case here, whatever their role; the audited look-up by
 * number ({@code tracking}) is a separate, narrower door.
 *
 * <ul>
 *   <li>quality officers, the agency head, agency administrators and system administrators: every
 *       case of their agency;
 *   <li>case officers and unit heads: the cases of their unit, the joint-handling cases (會辦) linked
 *       to them — a child case of their unit's case, or the parent of their unit's child case — and
 *       every case assigned to them;
 *   <li>everyone (counter clerks above all): the cases they filed themselves.
 * </ul>
 *
 * A case out of reach is answered exactly like a missing one (404).
 */
public final class CaseReach {

  private CaseReach() {}

  /**
   * What reach depends on, for one case.
   *
   * @param officer the assigned officer's username, if any
   * @param filedBy the username of the staff member who filed it, {@code null} when filed online or
   *     by the system
   * @param linkedUnits the units of its parent case and of its child cases (joint handling)
   */
  public record Scope(
      AgencyCode agency,
      long unitId,
      @Nullable String officer,
      @Nullable String filedBy,
      Set<Long> linkedUnits) {

    public Scope {
      linkedUnits = Set.copyOf(linkedUnits);
    }
  }

  /** Whether {@code staff} reaches every case of their agency. */
  public static boolean wholeAgency(StaffPrincipal staff) {
    return staff.has(Role.QUALITY_OFFICER)
        || staff.has(Role.AGENCY_HEAD)
        || staff.has(Role.AGENCY_ADMIN)
        || staff.has(Role.SYSTEM_ADMIN);
  }

  /** Whether {@code staff} works cases by unit: case officers and unit heads. */
  public static boolean worksUnitCases(StaffPrincipal staff) {
    return staff.has(Role.CASE_OFFICER) || staff.has(Role.UNIT_HEAD);
  }

  /** Whether {@code staff} reaches the case described by {@code c}. */
  public static boolean reaches(StaffPrincipal staff, Scope c) {
    if (!c.agency().equals(staff.agencyCode())) {
      return false;
    }
    if (wholeAgency(staff)) {
      return true;
    }
    String me = staff.getUsername();
    if (me.equals(c.officer()) || me.equals(c.filedBy())) {
      return true;
    }
    Long unit = staff.unitId();
    return worksUnitCases(staff)
        && unit != null
        && (unit == c.unitId() || c.linkedUnits().contains(unit));
  }

  /**
   * How a list is narrowed to {@code staff}'s reach: {@code null} for the whole agency; else the
   * unit whose cases they reach ({@code null} for none) and their username (assigned or filed).
   * Lists show a subset of the reach (they leave out the joint-handling links), never more.
   */
  static @Nullable ListScope listScope(StaffPrincipal staff) {
    if (wholeAgency(staff)) {
      return null;
    }
    return new ListScope(worksUnitCases(staff) ? staff.unitId() : null, staff.getUsername());
  }

  /**
   * A list narrowed to {@code unitId}'s cases (if any) and those assigned to or filed by {@code
   * username}.
   */
  record ListScope(@Nullable Long unitId, String username) {}
}
