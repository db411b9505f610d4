// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.dashboard.Dashboard;
import tw.civicdesk.organisation.StaffPrincipal;

/** Tells the console layout whether to show the dashboard in its navigation. */
@ControllerAdvice
class DashboardNavigationAdvice {

  @ModelAttribute("dashboardVisible")
  boolean dashboardVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && Dashboard.mayOpen(staff);
  }
}
