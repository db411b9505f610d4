// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.open311.ApiKeys;
import tw.civicdesk.organisation.StaffPrincipal;

/** Tells the console layout whether to show the Open311 API keys under administration. */
@ControllerAdvice
class ApiKeyNavigationAdvice {

  @ModelAttribute("open311KeysVisible")
  boolean open311KeysVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && ApiKeys.mayManageSome(staff);
  }
}
