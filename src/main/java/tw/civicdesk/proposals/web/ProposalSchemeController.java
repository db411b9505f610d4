// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.proposals.ProposalAccess;
import tw.civicdesk.proposals.ProposalCommands.CriterionInput;
import tw.civicdesk.proposals.ProposalFigures;
import tw.civicdesk.proposals.ProposalSetup;

/**
 * An agency's proposal scheme in the console: the review criteria and whether citizens may propose
 * ({@code /console/proposals/criteria}), the review panel ({@code /console/proposals/panel}) and
 * the figures by unit and year ({@code /console/proposals/figures}). Every staff member of the
 * agency reads them; its quality officers change them (403 for others, 404 outside the agency).
 */
@Controller
class ProposalSchemeController {

  private final ProposalSetup setup;
  private final ProposalFigures figures;
  private final ProposalConsolePages pages;
  private final Organisation organisation;
  private final Clock clock;

  ProposalSchemeController(
      ProposalSetup setup,
      ProposalFigures figures,
      ProposalConsolePages pages,
      Organisation organisation,
      Clock clock) {
    this.setup = setup;
    this.figures = figures;
    this.pages = pages;
    this.organisation = organisation;
    this.clock = clock;
  }

  @GetMapping("/console/proposals/criteria")
  String criteria(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    model.addAttribute("agency", chosen);
    model.addAttribute("criteria", setup.criteria(staff, chosen.code()));
    model.addAttribute("open", setup.citizenFormOpen(chosen.code()));
    model.addAttribute("officer", ProposalAccess.isOfficer(staff, chosen.code()));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "proposals/criteria";
  }

  @PostMapping("/console/proposals/criteria")
  String saveCriteria(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(name = "nameZh", required = false) @Nullable List<String> zh,
      @RequestParam(name = "nameEn", required = false) @Nullable List<String> en,
      @RequestParam(name = "weight", required = false) @Nullable List<String> weights,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Agency chosen = pages.agency(staff, agency);
    List<CriterionInput> given = new ArrayList<>();
    List<String> z = zh == null ? List.of() : zh;
    for (int i = 0; i < z.size(); i++) {
      given.add(
          new CriterionInput(
              z.get(i),
              en != null && i < en.size() ? en.get(i) : "",
              number(weights != null && i < weights.size() ? weights.get(i) : null)));
    }
    try {
      setup.saveCriteria(staff, chosen.code(), given);
      redirect.addFlashAttribute("done", "criteria");
      return "redirect:/console/proposals/criteria?agency=" + chosen.code().value();
    } catch (tw.civicdesk.platform.error.ForbiddenException e) {
      throw e;
    } catch (DomainException e) {
      model.addAttribute("problems", pages.problems(e, locale));
      response.setStatus(e instanceof tw.civicdesk.platform.error.ConflictException ? 409 : 422);
      return criteria(staff, agency, model);
    }
  }

  @PostMapping("/console/proposals/citizen-form")
  String citizenForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(defaultValue = "false") boolean open,
      RedirectAttributes redirect) {
    Agency chosen = pages.agency(staff, agency);
    setup.setCitizenFormOpen(staff, chosen.code(), open);
    redirect.addFlashAttribute("done", open ? "opened" : "closed");
    return "redirect:/console/proposals/criteria?agency=" + chosen.code().value();
  }

  @GetMapping("/console/proposals/panel")
  String panel(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    model.addAttribute("agency", chosen);
    model.addAttribute("panel", setup.panel(staff, chosen.code()));
    boolean officer = ProposalAccess.isOfficer(staff, chosen.code());
    model.addAttribute("officer", officer);
    model.addAttribute(
        "staff",
        officer && staff.agencyCode().equals(chosen.code())
            ? organisation.displayNames(staff)
            : java.util.Map.of());
    model.addAttribute("names", organisation.displayNames(staff));
    return "proposals/panel";
  }

  @PostMapping("/console/proposals/panel")
  String setPanel(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "true") boolean on,
      RedirectAttributes redirect) {
    Agency chosen = pages.agency(staff, agency);
    setup.setPanelMember(staff, chosen.code(), username, on);
    redirect.addFlashAttribute("done", on ? "added" : "removed");
    return "redirect:/console/proposals/panel?agency=" + chosen.code().value();
  }

  @GetMapping("/console/proposals/figures")
  String figures(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable Integer year,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    int thisYear = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei"))).getYear();
    int y = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
    model.addAttribute("agency", chosen);
    model.addAttribute("year", y);
    model.addAttribute(
        "years",
        java.util.stream.IntStream.rangeClosed(thisYear - 4, thisYear)
            .boxed()
            .sorted(java.util.Comparator.reverseOrder())
            .toList());
    model.addAttribute("rows", figures.byUnit(staff, chosen.code(), y));
    model.addAttribute("units", pages.units(chosen.code()));
    LocalDate from = LocalDate.of(y, 1, 1);
    LocalDate to = LocalDate.of(y, 12, 31);
    model.addAttribute("count", figures.count(chosen.code(), from, to));
    model.addAttribute("adoption", figures.adoptionRate(chosen.code(), from, to).orElse(null));
    model.addAttribute(
        "implemented", figures.implementedShare(chosen.code(), from, to).orElse(null));
    return "proposals/figures";
  }

  private static int number(@Nullable String raw) {
    try {
      return raw == null || raw.isBlank() ? 0 : Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
