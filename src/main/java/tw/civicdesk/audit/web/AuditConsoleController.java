// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.audit.AuditEntry;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.audit.AuditQuery;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.security.StaffDirectory;

/**
 * The console's audit log: newest entries first, filtered by record and staff member, paged by
 * "older" links, with an on-demand check of the whole chain. Scoped by {@link AuditScope}. Staff
 * and agencies are shown by name ({@link StaffDirectory}); the stored username is what the staff
 * filter takes, and a name links to that filter.
 */
@Controller
class AuditConsoleController {

  static final String VIEW = "audit/console";
  static final int PAGE_SIZE = 50;
  static final int MAX_FILTER = 200;

  private final AuditLog auditLog;
  private final AuditDetailText details;
  private final StaffDirectory directory;

  AuditConsoleController(AuditLog auditLog, AuditDetailText details, StaffDirectory directory) {
    this.auditLog = auditLog;
    this.details = details;
    this.directory = directory;
  }

  @GetMapping("/console/audit")
  String show(
      Authentication user,
      @RequestParam(required = false) @Nullable String subject,
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable Long before,
      @RequestParam(defaultValue = "false") boolean verify,
      Model model,
      Locale locale) {
    AuditScope scope = AuditScope.of(user);
    checkLength(subject);
    checkLength(actor);
    List<AuditEntry> found =
        auditLog.page(new AuditQuery(scope.agencyCode(), subject, actor, before, PAGE_SIZE + 1));
    boolean hasOlder = found.size() > PAGE_SIZE;
    List<AuditEntry> shown = hasOlder ? found.subList(0, PAGE_SIZE) : found;
    model.addAttribute("allAgencies", scope.allAgencies());
    model.addAttribute(
        "scopeAgency",
        scope.agencyCode() == null
            ? null
            : directory.agencyNames(List.of(scope.agencyCode())).get(scope.agencyCode()));
    model.addAttribute(
        "actorNames", directory.displayNames(shown.stream().map(AuditEntry::actor).toList()));
    Map<String, BilingualText> agencies =
        directory.agencyNames(
            Stream.concat(
                    shown.stream().map(AuditEntry::agencyCode),
                    shown.stream().map(e -> owner(e.detail())))
                .filter(Objects::nonNull)
                .toList());
    model.addAttribute("agencyNames", agencies);
    model.addAttribute("subject", subject == null ? "" : subject.strip());
    model.addAttribute("actor", actor == null ? "" : actor.strip());
    model.addAttribute("before", before);
    model.addAttribute("entries", shown);
    model.addAttribute(
        "detailText",
        shown.stream()
            .collect(
                Collectors.toMap(AuditEntry::id, e -> details.of(e.detail(), locale, agencies))));
    model.addAttribute("olderThan", hasOlder ? shown.get(shown.size() - 1).id() : null);
    model.addAttribute("check", verify ? auditLog.verify() : null);
    return VIEW;
  }

  /** The agency code of a detail's {@code owner=} part, if it has one. */
  private static @Nullable String owner(@Nullable String detail) {
    if (detail == null) {
      return null;
    }
    for (String part : detail.split(";")) {
      if (part.startsWith("owner=")) {
        return part.substring("owner=".length());
      }
    }
    return null;
  }

  private static void checkLength(@Nullable String filter) {
    if (filter != null && filter.length() > MAX_FILTER) {
      throw new InvalidInputException("audit.filter.too-long", MAX_FILTER);
    }
  }
}
