// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.notification.StaffNotices;

/**
 * Gives console pages the signed-in staff member's count of unread notices as {@code unreadNotices}
 * for the navigation; {@code null} outside the console or when signed out (no query is made then).
 */
@ControllerAdvice
class StaffNoticeNavigationAdvice {

  private final StaffNotices notices;

  StaffNoticeNavigationAdvice(StaffNotices notices) {
    this.notices = notices;
  }

  @ModelAttribute("unreadNotices")
  @Nullable Long unreadNotices(@Nullable Principal principal, HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (principal == null || !path.startsWith("/console")) {
      return null;
    }
    return notices.unread(principal.getName());
  }
}
