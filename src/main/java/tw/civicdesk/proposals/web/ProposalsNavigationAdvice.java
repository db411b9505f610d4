// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Tells the console layout to show the proposals to every signed-in staff member with agency work
 * (all propose; a system administrator alone does not).
 */
@ControllerAdvice
class ProposalsNavigationAdvice {

  @ModelAttribute("proposalsVisible")
  boolean proposalsVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && staff.roles().stream().anyMatch(role -> role != Role.SYSTEM_ADMIN);
  }
}
