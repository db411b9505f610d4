// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages every Taiwanese government site links from its footer: the privacy notice (個人資料
 * 保護法 §8: who collects, why, what, how long, to whom, the person's §3 rights and whom to ask),
 * the security policy and the accessibility statement. The retention periods the privacy notice
 * states are read from the settings that enforce them, so the notice cannot drift from them.
 */
@Controller
class PolicyPagesController {

  static final String PRIVACY = "site/privacy";
  static final String SECURITY = "site/security";
  static final String ACCESSIBILITY = "site/accessibility";

  private final Duration messageRetention;
  private final Duration keyRetention;
  private final Duration linkLifetime;
  private final Duration codeLifetime;

  PolicyPagesController(
      @Value("${civicdesk.notification.retention:180d}") Duration messageRetention,
      @Value("${civicdesk.intake.idempotency-retention:7d}") Duration keyRetention,
      @Value("${civicdesk.tracking.my-cases-link-lifetime:30m}") Duration linkLifetime,
      @Value("${civicdesk.tracking.contact-code-lifetime:30m}") Duration codeLifetime) {
    this.messageRetention = messageRetention;
    this.keyRetention = keyRetention;
    this.linkLifetime = linkLifetime;
    this.codeLifetime = codeLifetime;
  }

  @GetMapping("/privacy")
  String privacy(Model model) {
    model.addAttribute("messageDays", messageRetention.toDays());
    model.addAttribute("keyDays", keyRetention.toDays());
    model.addAttribute("linkMinutes", linkLifetime.toMinutes());
    model.addAttribute("codeMinutes", codeLifetime.toMinutes());
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
