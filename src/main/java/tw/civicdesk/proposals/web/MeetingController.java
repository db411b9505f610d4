// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.proposals.ProposalAccess;
import tw.civicdesk.proposals.ProposalCommands.SaveMeeting;
import tw.civicdesk.proposals.ProposalSetup;
import tw.civicdesk.proposals.ProposalViews.Meeting;
import tw.civicdesk.proposals.ProposalViews.MeetingKind;

/**
 * Meetings that generate proposals (區務會議, 處務會議, 里幹事會議): an agency's list with the form of a new one
 * ({@code /console/proposals/meetings}, quality officers record) and one meeting's page with its
 * decisions and proposals ({@code /console/proposals/meetings/{id}}).
 */
@Controller
class MeetingController {

  private final ProposalSetup setup;
  private final ProposalConsolePages pages;

  MeetingController(ProposalSetup setup, ProposalConsolePages pages) {
    this.setup = setup;
    this.pages = pages;
  }

  @GetMapping("/console/proposals/meetings")
  String meetings(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    model.addAttribute("agency", chosen);
    model.addAttribute("meetings", setup.meetings(staff, chosen.code()));
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute("officer", ProposalAccess.isOfficer(staff, chosen.code()));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
      model.addAttribute("entered", new Entered("", "", "", "", ""));
    }
    return "proposals/meetings";
  }

  /** What the form sent, shown again with its problems. */
  record Entered(String heldOn, String kind, String title, String chair, String decisions) {}

  @PostMapping("/console/proposals/meetings")
  String record(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(defaultValue = "") String heldOn,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String chair,
      @RequestParam(defaultValue = "") String decisions,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Agency chosen = pages.agency(staff, agency);
    try {
      Meeting m =
          setup.saveMeeting(
              staff,
              new SaveMeeting(
                  chosen.code(),
                  date(heldOn),
                  Arrays.stream(MeetingKind.values())
                      .filter(k -> k.name().equals(kind))
                      .findFirst()
                      .orElse(null),
                  title,
                  chair,
                  Arrays.asList(decisions.split("\\R"))));
      redirect.addFlashAttribute("done", "recorded");
      return "redirect:/console/proposals/meetings/" + m.id();
    } catch (ForbiddenException e) {
      throw e;
    } catch (DomainException e) {
      model.addAttribute("problems", pages.problems(e, locale));
      model.addAttribute("entered", new Entered(heldOn, kind, title, chair, decisions));
      response.setStatus(422);
      return meetings(staff, agency, model);
    }
  }

  @GetMapping("/console/proposals/meetings/{id}")
  String meeting(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Model model) {
    ProposalSetup.MeetingWithProposals m = setup.meeting(staff, id);
    model.addAttribute("m", m.meeting());
    model.addAttribute("proposals", m.proposals());
    model.addAttribute("agency", pages.agency(staff, m.meeting().agency().value()));
    return "proposals/meeting";
  }

  private static @Nullable LocalDate date(String raw) {
    try {
      return raw.isBlank() ? null : LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
