// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Tells the console layout whom to show the link lists (agency administrators and system
 * administrators, under Administration) and the broken links and freshness report (quality
 * officers, agency heads and administrators, under "Quality tools").
 */
@ControllerAdvice
class LinksNavigationAdvice {

  @ModelAttribute("linksVisible")
  boolean linksVisible(@Nullable Principal principal) {
    StaffPrincipal s = staff(principal);
    return s != null && (s.has(Role.AGENCY_ADMIN) || s.has(Role.SYSTEM_ADMIN));
  }

  @ModelAttribute("linkQualityVisible")
  boolean linkQualityVisible(@Nullable Principal principal) {
    StaffPrincipal s = staff(principal);
    return s != null
        && (s.has(Role.QUALITY_OFFICER) || s.has(Role.AGENCY_HEAD) || s.has(Role.AGENCY_ADMIN));
  }

  private static @Nullable StaffPrincipal staff(@Nullable Principal principal) {
    return principal instanceof Authentication user
            && user.getPrincipal() instanceof StaffPrincipal staff
        ? staff
        : null;
  }
}
