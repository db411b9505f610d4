// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * Who reads the petition statistics of which agency: quality officers those of their own agency and
 * of every agency below it (aggregates, no personal data), system administrators any agency's;
 * anyone else has no statistics (403). An agency outside the reader's reach is "not found".
 * Improvement actions are changed by the quality officers of their own agency only.
 */
@Component
public class StatisticsAccess {

  private final Organisation organisation;

  StatisticsAccess(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Whether {@code staff} has petition statistics at all. */
  public static boolean mayOpen(StaffPrincipal staff) {
    return staff.has(Role.QUALITY_OFFICER) || staff.has(Role.SYSTEM_ADMIN);
  }

  /** Whether {@code staff} records and updates {@code agency}'s improvement actions. */
  public static boolean mayManageActions(StaffPrincipal staff, AgencyCode agency) {
    return staff.has(Role.QUALITY_OFFICER) && staff.agencyCode().equals(agency);
  }

  /**
   * The agency {@code raw} names (the reader's own when {@code null} or blank), when {@code staff}
   * may read its statistics.
   *
   * @throws ForbiddenException when {@code staff} has no statistics at all
   * @throws AgencyNotFoundException when the agency is unknown or out of reach
   */
  public AgencyCode agencyFor(StaffPrincipal staff, @Nullable String raw) {
    if (!mayOpen(staff)) {
      throw new ForbiddenException("petition-admin.statistics.not-for-you");
    }
    if (raw == null || raw.isBlank()) {
      return staff.agencyCode();
    }
    if (!AgencyCode.isValid(raw)) {
      throw new AgencyNotFoundException();
    }
    AgencyCode agency = AgencyCode.of(raw);
    Set<AgencyCode> below = organisation.descendantsOf(staff.agencyCode());
    if (!organisation.exists(agency) || !AccessPolicy.canReadAggregates(staff, agency, below)) {
      throw new AgencyNotFoundException();
    }
    return agency;
  }

  /** The agencies {@code staff} may choose: their own and those below; every one for a sysadmin. */
  public List<Agency> choices(StaffPrincipal staff) {
    Set<AgencyCode> below = organisation.descendantsOf(staff.agencyCode());
    return organisation.agencies().stream()
        .filter(a -> AccessPolicy.canReadAggregates(staff, a.code(), below))
        .toList();
  }
}
