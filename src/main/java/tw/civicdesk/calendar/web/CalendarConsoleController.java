// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.calendar.CalendarAdministration;
import tw.civicdesk.calendar.CalendarImportRejected;
import tw.civicdesk.calendar.ImportResult;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.security.StaffDirectory;

/**
 * The office calendar in the console: what is loaded, the import history, and — for system
 * administrators — the upload of a newer official CSV (行政機關辦公日曆表).
 */
@Controller
class CalendarConsoleController {

  static final String VIEW = "calendar/console";

  private final WorkingCalendar calendar;
  private final CalendarAdministration administration;
  private final MessageSource messages;
  private final StaffDirectory directory;

  CalendarConsoleController(
      WorkingCalendar calendar,
      CalendarAdministration administration,
      MessageSource messages,
      StaffDirectory directory) {
    this.calendar = calendar;
    this.administration = administration;
    this.messages = messages;
    this.directory = directory;
  }

  @GetMapping("/console/calendar")
  String show(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    model.addAttribute("coverage", calendar.coverage());
    var imports = administration.imports();
    model.addAttribute("imports", imports);
    model.addAttribute(
        "importerNames",
        directory.displayNames(imports.stream().map(i -> i.importedBy()).toList()));
    model.addAttribute("canImport", AccessPolicy.isSystemAdmin(staff));
    model.addAttribute("ownAgency", staff.agencyCode().value());
    if (!model.containsAttribute("importErrors")) {
      model.addAttribute("importErrors", List.of());
    }
    return VIEW;
  }

  @PostMapping("/console/calendar/import")
  String importCsv(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect,
      Locale locale)
      throws IOException {
    if (!AccessPolicy.isSystemAdmin(staff)) {
      throw new AccessDeniedException("system administrators only");
    }
    if (file.isEmpty()) {
      redirect.addFlashAttribute(
          "importErrors",
          List.of(messages.getMessage("calendar.import.error.empty", null, locale)));
      return "redirect:/console/calendar";
    }
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "upload.csv"
            : file.getOriginalFilename();
    try {
      ImportResult result =
          administration.importOfficialCsv(name, file.getBytes(), staff.getUsername());
      redirect.addFlashAttribute("imported", result);
    } catch (CalendarImportRejected rejected) {
      redirect.addFlashAttribute(
          "importErrors",
          rejected.errors().stream()
              .map(
                  e ->
                      (e.line() > 0
                              ? messages.getMessage(
                                  "calendar.import.error.line", new Object[] {e.line()}, locale)
                              : "")
                          + messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))
              .toList());
    }
    return "redirect:/console/calendar";
  }
}
