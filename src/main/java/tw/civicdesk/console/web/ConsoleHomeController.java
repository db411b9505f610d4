// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tw.civicdesk.console.ConsoleHome;
import tw.civicdesk.organisation.StaffPrincipal;

/** The console's start page: the sections of the signed-in person's work (see ConsoleHome). */
@Controller
class ConsoleHomeController {

  static final String VIEW = "console/home";

  private final ConsoleHome home;

  ConsoleHomeController(ConsoleHome home) {
    this.home = home;
  }

  @GetMapping("/console")
  String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    model.addAttribute("home", home.of(staff));
    return VIEW;
  }
}
