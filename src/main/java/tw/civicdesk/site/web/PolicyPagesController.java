// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tw.civicdesk.intake.IntakeSettings;
import tw.civicdesk.notification.NotificationSettings;
import tw.civicdesk.tracking.TrackingSettings;

/**
 * The pages every Taiwanese government site links from its footer: the privacy notice (個人資料 保護法 §8:
 * who collects, why, what, how long, to whom, the person's §3 rights and whom to ask), the security
 * policy and the accessibility statement. The retention periods the privacy notice states are read
 * from the settings records of the modules that enforce them, so the notice cannot drift from them.
 */
@Controller
class PolicyPagesController {

  static final String PRIVACY = "site/privacy";
  static final String SECURITY = "site/security";
  static final String ACCESSIBILITY = "site/accessibility";

  private final NotificationSettings notification;
  private final IntakeSettings intake;
  private final TrackingSettings tracking;

  PolicyPagesController(
      NotificationSettings notification, IntakeSettings intake, TrackingSettings tracking) {
    this.notification = notification;
    this.intake = intake;
    this.tracking = tracking;
  }

  @GetMapping("/privacy")
  String privacy(Model model) {
    model.addAttribute("messageDays", notification.retention().toDays());
    model.addAttribute("keyDays", intake.idempotencyRetention().toDays());
    model.addAttribute("linkMinutes", tracking.myCasesLinkLifetime().toMinutes());
    model.addAttribute("codeMinutes", tracking.contactCodeLifetime().toMinutes());
    return PRIVACY;
  }

  @GetMapping("/security")
  String security() {
    return SECURITY;
  }

  @GetMapping("/accessibility")
  String accessibility() {
    return ACCESSIBILITY;
  }
}
