// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.search.SearchRebuild;

/**
 * The search index in the console ({@code /console/search}), for system administrators only: the
 * latest rebuild's progress per kind (documents done of total; the page says to reload it while one
 * runs, no script needed) and a button that starts a full rebuild, which is audited as {@code
 * SEARCH_REINDEX}.
 */
@Controller
class SearchConsoleController {

  static final String VIEW = "search/console";
  static final String ACTION = "SEARCH_REINDEX";
  private static final DateTimeFormatter FINISHED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Taipei"));

  private final SearchRebuild rebuild;
  private final AuditLog audit;

  SearchConsoleController(SearchRebuild rebuild, AuditLog audit) {
    this.rebuild = rebuild;
    this.audit = audit;
  }

  @GetMapping("/console/search")
  String show(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    requireAdmin(staff);
    model.addAttribute("available", rebuild.available());
    SearchRebuild.Progress progress = rebuild.progress();
    model.addAttribute("progress", progress);
    model.addAttribute(
        "finishedAt", progress.finished() == null ? "" : FINISHED.format(progress.finished()));
    return VIEW;
  }

  @PostMapping("/console/search/reindex")
  String reindex(@AuthenticationPrincipal StaffPrincipal staff, RedirectAttributes redirect) {
    requireAdmin(staff);
    boolean started = rebuild.start();
    if (started) {
      audit.record(
          new AuditEvent(staff.getUsername(), null, ACTION, "SEARCH_INDEX", "all", "full"));
    }
    redirect.addFlashAttribute("started", started);
    return "redirect:/console/search";
  }

  private static void requireAdmin(StaffPrincipal staff) {
    if (!staff.has(Role.SYSTEM_ADMIN)) {
      throw new ForbiddenException("search.console.forbidden");
    }
  }
}
