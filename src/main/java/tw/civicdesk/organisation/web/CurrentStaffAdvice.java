// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;

/** Puts the signed-in staff member (or nothing) into every page's model as {@code currentStaff}. */
@ControllerAdvice
class CurrentStaffAdvice {

  @ModelAttribute("currentStaff")
  @Nullable StaffPrincipal currentStaff(@AuthenticationPrincipal @Nullable Object principal) {
    return principal instanceof StaffPrincipal staff ? staff : null;
  }
}
