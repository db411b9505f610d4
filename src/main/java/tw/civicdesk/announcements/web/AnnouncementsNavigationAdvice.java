// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Tells the layouts about the announcements: the console shows its entry to the staff who write
 * them (agency administrators, quality officers, system administrators; ADR 0062), and the public
 * pages of an agency ({@code /agencies/{code}} and its announcements) name the agency's Atom feed
 * in a {@code <link rel="alternate" type="application/atom+xml">}.
 */
@ControllerAdvice
class AnnouncementsNavigationAdvice {

  /** The agency page and its announcement pages, whose head names the feed. */
  private static final Pattern FEED_PAGES =
      Pattern.compile("/agencies/([A-Za-z0-9-]{1,64})(/announcements(/[0-9]{1,18})?)?");

  /**
   * The feed a page names in its head.
   *
   * @param href the feed's path, with the page's category and language
   */
  record AtomLink(String href) {}

  @ModelAttribute("announcementsVisible")
  boolean announcementsVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user
        && user.getPrincipal() instanceof StaffPrincipal staff
        && (staff.has(Role.AGENCY_ADMIN)
            || staff.has(Role.QUALITY_OFFICER)
            || staff.has(Role.SYSTEM_ADMIN));
  }

  @ModelAttribute("atomFeed")
  @Nullable AtomLink atomFeed(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher m = FEED_PAGES.matcher(path);
    if (!"GET".equals(request.getMethod()) || !m.matches()) {
      return null;
    }
    String category = request.getParameter("category");
    boolean narrowed =
        m.group(2) != null
            && m.group(3) == null
            && category != null
            && category.matches("[a-z]{1,20}");
    return new AtomLink(
        request.getContextPath()
            + "/agencies/"
            + m.group(1)
            + "/feed.atom"
            + (narrowed ? "?category=" + category : ""));
  }
}
