// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.PetitionAdministration;
import tw.civicdesk.petitions.statistics.StatisticsAccess;

/**
 * Tells the console layout whether to show the petition rules (the agency's administrators) and the
 * petition statistics (quality officers, system administrators) in its navigation.
 */
@ControllerAdvice
class PetitionAdminNavigationAdvice {

  @ModelAttribute("petitionRulesVisible")
  boolean petitionRulesVisible(@Nullable Principal principal) {
    StaffPrincipal s = staff(principal);
    return s != null && PetitionAdministration.mayAdminister(s, s.agencyCode());
  }

  @ModelAttribute("petitionStatisticsVisible")
  boolean petitionStatisticsVisible(@Nullable Principal principal) {
    StaffPrincipal s = staff(principal);
    return s != null && StatisticsAccess.mayOpen(s);
  }

  private static @Nullable StaffPrincipal staff(@Nullable Principal principal) {
    return principal instanceof Authentication user
            && user.getPrincipal() instanceof StaffPrincipal staff
        ? staff
        : null;
  }
}
