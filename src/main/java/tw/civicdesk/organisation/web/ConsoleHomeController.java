// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The console's start page: who is signed in, their agency and, for quality officers of a
 * supervising agency, the roll-up figures of the agencies below (counts only).
 */
@Controller
class ConsoleHomeController {

  static final String VIEW = "organisation/console-home";

  private final Organisation organisation;

  ConsoleHomeController(Organisation organisation) {
    this.organisation = organisation;
  }

  @GetMapping("/console")
  String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    model.addAttribute("agency", organisation.agencyFor(staff, staff.agencyCode()));
    model.addAttribute("figures", organisation.figuresFor(staff));
    return VIEW;
  }
}
