// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.security;

/**
 * A signed-in principal that belongs to one agency. Lets a module scope what it shows to the
 * caller's own agency from the Spring Security principal alone, without depending on the module
 * that defines staff accounts (organisation's {@code StaffPrincipal} implements it).
 */
public interface AgencyMember {

  /** The code of the principal's own agency, e.g. {@code YILAN-JIAOXI}; never blank. */
  String memberAgencyCode();
}
