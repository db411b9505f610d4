// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * {@code /console/notifications}: the signed-in staff member's in-console notices, newest first,
 * each marked read on request (or all at once). A staff member sees and marks only their own;
 * someone else's notice is answered 404, like one that does not exist.
 */
@Controller
class StaffNoticePageController {

  /** The most notices the page lists. */
  static final int SHOWN = 100;

  private final StaffNotices notices;

  StaffNoticePageController(StaffNotices notices) {
    this.notices = notices;
  }

  @GetMapping("/console/notifications")
  String inbox(@AuthenticationPrincipal UserDetails staff, Model model) {
    List<StaffNotices.Posted> posted = notices.inbox(staff.getUsername(), SHOWN);
    model.addAttribute("notices", posted);
    return "notification/console";
  }

  @PostMapping("/console/notifications/{id}/read")
  String markRead(@AuthenticationPrincipal UserDetails staff, @PathVariable long id) {
    if (!notices.markRead(staff.getUsername(), id)) {
      throw new NotFoundException("notification.staff.not-found");
    }
    return "redirect:/console/notifications";
  }

  @PostMapping("/console/notifications/read-all")
  String markAllRead(@AuthenticationPrincipal UserDetails staff, RedirectAttributes redirect) {
    redirect.addFlashAttribute("marked", notices.markAllRead(staff.getUsername()));
    return "redirect:/console/notifications";
  }
}
