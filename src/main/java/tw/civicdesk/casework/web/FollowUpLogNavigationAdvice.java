// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.casework.internal.FollowUpLog;
import tw.civicdesk.organisation.StaffPrincipal;

/** Tells the console layout whether to show the follow-up log (quality officers, unit heads). */
@ControllerAdvice
class FollowUpLogNavigationAdvice {

  @ModelAttribute("followUpLogVisible")
  boolean followUpLogVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && FollowUpLog.mayView(staff);
  }
}
