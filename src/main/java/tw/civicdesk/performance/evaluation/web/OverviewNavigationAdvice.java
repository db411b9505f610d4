// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.evaluation.PerformanceOverview;

/**
 * Tells the console layout whether to show 「績效總覽」 in its navigation: quality officers of an agency
 * with agencies below it.
 */
@ControllerAdvice
class OverviewNavigationAdvice {

  private final PerformanceOverview overview;

  OverviewNavigationAdvice(PerformanceOverview overview) {
    this.overview = overview;
  }

  @ModelAttribute("overviewVisible")
  boolean overviewVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && overview.available(staff);
  }
}
