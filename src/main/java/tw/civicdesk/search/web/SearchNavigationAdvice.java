// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/** Tells the console layout whether to show the search index under administration. */
@ControllerAdvice
class SearchNavigationAdvice {

  @ModelAttribute("searchIndexVisible")
  boolean searchIndexVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && staff.has(Role.SYSTEM_ADMIN);
  }
}
