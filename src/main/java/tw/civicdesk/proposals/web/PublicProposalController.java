// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.throttle.AnonymousLimit;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.proposals.ProposalAccess.ProposalNotFound;
import tw.civicdesk.proposals.ProposalIntake;
import tw.civicdesk.proposals.ProposalIntake.CitizenFormClosed;
import tw.civicdesk.proposals.ProposalReads;
import tw.civicdesk.proposals.ProposalSetup;
import tw.civicdesk.proposals.ProposalStatus;
import tw.civicdesk.proposals.ProposalViews.PublicProposal;
import tw.civicdesk.proposals.ProposalsSettings;

/**
 * The public side of the proposals, anonymous and bilingual, modelled on Decidim's accountability
 * pages: an agency's published proposals with their status, progress, milestones and last update
 * ({@code /agencies/{code}/proposals}, filtered by status and unit), one published proposal ({@code
 * /agencies/{code}/proposals/{number}}; anything unpublished is 404), and — where the agency has
 * opened it — the citizens' form ({@code /agencies/{code}/proposals/new}, one anonymous door
 * limited per client address; 404 while closed). Nothing internal is ever on these pages: no panel
 * score, no staff name, no citizen name or contact.
 */
@Controller
class PublicProposalController {

  private final ProposalReads reads;
  private final ProposalIntake intake;
  private final ProposalSetup setup;
  private final Organisation organisation;

  PublicProposalController(
      ProposalReads reads, ProposalIntake intake, ProposalSetup setup, Organisation organisation) {
    this.reads = reads;
    this.intake = intake;
    this.setup = setup;
    this.organisation = organisation;
  }

  @GetMapping("/agencies/{code}/proposals")
  String list(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Long unit,
      Model model) {
    Agency agency = agency(code);
    List<PublicProposal> all = reads.published(agency.code());
    model.addAttribute(
        "proposals",
        all.stream()
            .filter(p -> status == null || status.isBlank() || p.status().name().equals(status))
            .filter(p -> unit == null || unit.equals(p.unitId()))
            .toList());
    model.addAttribute("agency", agency);
    model.addAttribute(
        "statuses",
        List.of(
            ProposalStatus.ADOPTED, ProposalStatus.ADOPTED_IN_PART, ProposalStatus.IMPLEMENTED));
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("unit", unit);
    model.addAttribute("units", assignedUnits(agency.code(), all));
    model.addAttribute("open", setup.citizenFormOpen(agency.code()));
    return "proposals/public-list";
  }

  @GetMapping("/agencies/{code}/proposals/{number}")
  String proposal(@PathVariable String code, @PathVariable String number, Model model) {
    Agency agency = agency(code);
    PublicProposal p =
        reads
            .published(agency.code(), ProposalConsolePages.parse(number))
            .orElseThrow(ProposalNotFound::new);
    model.addAttribute("agency", agency);
    model.addAttribute("p", p);
    return "proposals/public-proposal";
  }

  @GetMapping("/agencies/{code}/proposals/new")
  String form(@PathVariable String code, Model model) {
    Agency agency = openAgency(code);
    model.addAttribute("form", new ProposalForm());
    model.addAttribute("agency", agency);
    return "proposals/public-form";
  }

  @AnonymousLimit(door = ProposalsSettings.CITIZEN_DOOR)
  @PostMapping("/agencies/{code}/proposals/new")
  String submit(
      @PathVariable String code,
      @ModelAttribute("form") ProposalForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = openAgency(code);
    try {
      FormSupport.requireBound(result);
      form.setUnitId(null);
      form.setMeetingId(null);
      intake.submitAsCitizen(form.toCommand(agency.code()), form.citizen());
      redirect.addFlashAttribute("received", true);
      return "redirect:/agencies/" + agency.code().value() + "/proposals";
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      model.addAttribute("agency", agency);
      return "proposals/public-form";
    }
  }

  private Agency agency(String raw) {
    try {
      return organisation.agency(new AgencyCode(raw)).orElseThrow(ProposalNotFound::new);
    } catch (IllegalArgumentException e) {
      throw new ProposalNotFound();
    }
  }

  private Agency openAgency(String raw) {
    Agency agency = agency(raw);
    if (!setup.citizenFormOpen(agency.code())) {
      throw new CitizenFormClosed();
    }
    return agency;
  }

  private Map<Long, Unit> assignedUnits(AgencyCode agency, List<PublicProposal> shown) {
    Map<Long, Unit> units = new java.util.LinkedHashMap<>();
    organisation.units(agency).stream()
        .filter(u -> shown.stream().anyMatch(p -> Long.valueOf(u.id()).equals(p.unitId())))
        .forEach(u -> units.put(u.id(), u));
    return units;
  }
}
