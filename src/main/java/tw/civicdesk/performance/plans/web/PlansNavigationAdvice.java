// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;

/** Tells the console layout whether to show 「服務品質計畫」 in its navigation: every staff member. */
@ControllerAdvice
class PlansNavigationAdvice {

  @ModelAttribute("plansVisible")
  boolean plansVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal;
  }
}
