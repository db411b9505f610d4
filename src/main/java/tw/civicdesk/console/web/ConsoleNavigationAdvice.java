// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.catalogue.CatalogueAccess;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Tells the console layout which of the links this module decides on to show: counter intake
 * (counter clerks, whose main screen it is), the service catalogue (those who may edit a service of
 * their agency) and the administration entries. Showing is not allowing: each page still checks for
 * itself.
 */
@ControllerAdvice
class ConsoleNavigationAdvice {

  @ModelAttribute("intakeVisible")
  boolean intakeVisible(@Nullable Principal principal) {
    StaffPrincipal staff = staff(principal);
    return staff != null && staff.has(Role.COUNTER_CLERK);
  }

  @ModelAttribute("servicesVisible")
  boolean servicesVisible(@Nullable Principal principal) {
    StaffPrincipal staff = staff(principal);
    return staff != null && CatalogueAccess.canEditSome(staff, staff.agencyCode());
  }

  private static @Nullable StaffPrincipal staff(@Nullable Principal principal) {
    return principal instanceof Authentication user
            && user.getPrincipal() instanceof StaffPrincipal staff
        ? staff
        : null;
  }
}
