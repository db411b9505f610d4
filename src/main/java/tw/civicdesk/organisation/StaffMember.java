// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as administrators see it; never carries the password hash.
 *
 * @param unitId the unit within {@code agencyCode}, or {@code null} for agency-wide staff
 */
public record StaffMember(
    long id,
    String username,
    String displayName,
    String email,
    AgencyCode agencyCode,
    @Nullable Long unitId,
    Set<Role> roles,
    boolean enabled,
    int version) {

  public StaffMember {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
