// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.faq.Faq;
import tw.civicdesk.faq.Faq.FaqNotFound;
import tw.civicdesk.faq.FaqCode;
import tw.civicdesk.faq.FaqStatus;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * The console's FAQ: an agency's entries ({@code /console/faq}, every staff member of the agency;
 * filtered by category and status, an entry past its review date marked), the knowledge base view
 * of one entry with its notes and SOP steps ({@code /console/faq/{code}}), and publishing,
 * archiving or taking back an entry ({@code POST /console/faq/{code}/status}, the agency's quality
 * officers and administrators).
 */
@Controller
class FaqConsoleController {

  static final String LIST = "faq/console";
  static final String ENTRY = "faq/staff-entry";

  private final Faq faq;
  private final FaqConsolePages pages;
  private final Clock clock;

  FaqConsoleController(Faq faq, FaqConsolePages pages, Clock clock) {
    this.faq = faq;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping("/console/faq")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String status,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    List<StaffEntry> entries =
        faq.entries(staff, chosen.code()).stream()
            .filter(e -> blank(category) || e.entry().category().code().equals(category))
            .filter(e -> blank(status) || e.status().name().equals(status))
            .toList();
    model.addAttribute("agency", chosen);
    model.addAttribute("agencies", pages.choices(staff));
    model.addAttribute("categories", faq.categories(chosen.code()));
    model.addAttribute("statuses", FaqStatus.values());
    model.addAttribute("category", category == null ? "" : category);
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("entries", entries);
    model.addAttribute("units", pages.units(chosen));
    model.addAttribute("today", today());
    model.addAttribute("mayEdit", Faq.mayEdit(staff, chosen.code()));
    return LIST;
  }

  @GetMapping("/console/faq/{code}")
  String entry(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code, Model model) {
    StaffEntry entry = faq.forStaff(staff, parse(code));
    Agency agency = pages.agency(staff, entry.entry().agency().value());
    model.addAttribute("staffEntry", entry);
    model.addAttribute("agency", agency);
    model.addAttribute("unit", pages.units(agency).get(entry.unitId()));
    model.addAttribute("today", today());
    model.addAttribute("mayEdit", Faq.mayEdit(staff, agency.code()));
    return ENTRY;
  }

  @PostMapping("/console/faq/{code}/status")
  String status(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "-1") int version,
      RedirectAttributes redirect) {
    FaqCode c = parse(code);
    faq.forStaff(staff, c);
    FaqStatus to = null;
    for (FaqStatus s : FaqStatus.values()) {
      if (s.name().equals(status)) {
        to = s;
      }
    }
    if (to == null) {
      throw new InvalidInputException("faq.status.choose");
    }
    try {
      faq.changeStatus(staff, c, version, to);
      redirect.addFlashAttribute("statusChanged", to.name());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("statusConflict", true);
    }
    return "redirect:/console/faq/" + c.value();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei")));
  }

  static FaqCode parse(String code) {
    return FaqCode.parse(code).orElseThrow(FaqNotFound::new);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
