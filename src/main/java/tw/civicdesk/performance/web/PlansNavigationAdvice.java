// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.PerformanceOverview;

/**
 * Tells the console layout whether to show 「服務品質計畫」 (every staff member) in its navigation,
 * and 「績效總覽」 (quality officers of an agency with agencies below it).
 */
@ControllerAdvice
class PlansNavigationAdvice {

  private final PerformanceOverview overview;

  PlansNavigationAdvice(PerformanceOverview overview) {
    this.overview = overview;
  }

  @ModelAttribute("plansVisible")
  boolean plansVisible(@Nullable Principal principal) {
    return staff(principal) != null;
  }

  @ModelAttribute("overviewVisible")
  boolean overviewVisible(@Nullable Principal principal) {
    StaffPrincipal staff = staff(principal);
    return staff != null && overview.available(staff);
  }

  private static @Nullable StaffPrincipal staff(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff ? staff : null;
  }
}
