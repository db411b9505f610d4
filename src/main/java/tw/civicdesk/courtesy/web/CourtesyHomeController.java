// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The hub of the phone-courtesy tests ({@code /console/courtesy}): the pages the staff may open.
 */
@Controller
class CourtesyHomeController {

  private final CourtesyPages pages;

  CourtesyHomeController(CourtesyPages pages) {
    this.pages = pages;
  }

  @GetMapping("/console/courtesy")
  String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    model.addAttribute("may", pages.may(staff));
    return "courtesy/home";
  }
}
