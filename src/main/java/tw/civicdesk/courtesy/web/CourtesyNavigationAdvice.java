// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Tells the console layout to show the phone-courtesy tests to every signed-in staff member with
 * agency work (a system administrator alone has none here): each sees at least their own unit's
 * results; the hub lists only the pages they may open.
 */
@ControllerAdvice
class CourtesyNavigationAdvice {

  @ModelAttribute("courtesyVisible")
  boolean courtesyVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && staff.roles().stream().anyMatch(role -> role != Role.SYSTEM_ADMIN);
  }
}
