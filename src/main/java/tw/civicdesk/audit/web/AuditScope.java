// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import tw.civicdesk.platform.security.AgencyMember;

/**
 * Whose audit rows the signed-in user may see: a system administrator every agency's; an agency
 * administrator or a quality officer their own agency's; nobody else any. Read from Spring Security
 * authorities and the {@link AgencyMember} principal, so that audit needs no other module.
 *
 * @param agencyCode the one agency whose rows are shown; {@code null} for every agency
 */
record AuditScope(@Nullable String agencyCode) {

  static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";
  static final Set<String> OWN_AGENCY = Set.of("ROLE_AGENCY_ADMIN", "ROLE_QUALITY_OFFICER");

  /**
   * The scope of {@code user}.
   *
   * @throws AccessDeniedException (403) when {@code user} may not see the audit log
   */
  static AuditScope of(@Nullable Authentication user) {
    if (has(user, Set.of(SYSTEM_ADMIN))) {
      return new AuditScope(null);
    }
    if (has(user, OWN_AGENCY) && user.getPrincipal() instanceof AgencyMember member) {
      return new AuditScope(member.memberAgencyCode());
    }
    throw new AccessDeniedException("the audit log is for administrators and quality officers");
  }

  /** Whether {@code user} may open the audit page at all. */
  static boolean mayView(@Nullable Authentication user) {
    return has(user, Set.of(SYSTEM_ADMIN))
        || (has(user, OWN_AGENCY) && user.getPrincipal() instanceof AgencyMember);
  }

  private static boolean has(@Nullable Authentication user, Set<String> authorities) {
    return user != null
        && user.isAuthenticated()
        && user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(authorities::contains);
  }

  boolean allAgencies() {
    return agencyCode == null;
  }
}
