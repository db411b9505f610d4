// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.proposals.ProposalAccess;
import tw.civicdesk.proposals.ProposalAccess.ProposalNotFound;
import tw.civicdesk.proposals.ProposalNumber;
import tw.civicdesk.proposals.ProposalReads;
import tw.civicdesk.proposals.ProposalSetup;
import tw.civicdesk.proposals.ProposalViews.MilestoneStatus;
import tw.civicdesk.proposals.ProposalViews.StaffProposal;

/**
 * What the console's proposal pages share: the agency a page is about (the staff member's own, or
 * the one a system administrator names with {@code ?agency=}; another is "not found"), its units,
 * the model of a proposal's page and the problems of a refused step.
 */
@Component
class ProposalConsolePages {

  static final String PROPOSAL = "proposals/proposal";

  /** One problem of a refused step: the field it is about (may be empty) and its message. */
  record Problem(String field, String message) {}

  private final Organisation organisation;
  private final ProposalReads reads;
  private final ProposalSetup setup;
  private final ProposalAccess access;
  private final MessageSource messages;

  ProposalConsolePages(
      Organisation organisation,
      ProposalReads reads,
      ProposalSetup setup,
      ProposalAccess access,
      MessageSource messages) {
    this.organisation = organisation;
    this.reads = reads;
    this.setup = setup;
    this.access = access;
    this.messages = messages;
  }

  /** The agency named, or the staff member's own; "not found" outside their reach. */
  Agency agency(StaffPrincipal staff, @Nullable String raw) {
    try {
      return organisation.agencyFor(
          staff, raw == null || raw.isBlank() ? staff.agencyCode().value() : raw);
    } catch (DomainException | IllegalArgumentException e) {
      throw new ProposalNotFound();
    }
  }

  List<Agency> choices(StaffPrincipal staff) {
    return organisation.agenciesFor(staff);
  }

  /** The units of {@code agency} by id. */
  Map<Long, Unit> units(AgencyCode agency) {
    Map<Long, Unit> units = new LinkedHashMap<>();
    organisation.units(agency).forEach(u -> units.put(u.id(), u));
    return units;
  }

  static ProposalNumber parse(String raw) {
    return ProposalNumber.parse(raw).orElseThrow(ProposalNotFound::new);
  }

  /** Fills the model of a proposal's page and answers its view. */
  String proposal(Model model, StaffPrincipal staff, ProposalNumber number) {
    StaffProposal sp = reads.forStaff(staff, number);
    AgencyCode agency = sp.proposal().agency();
    model.addAttribute("sp", sp);
    model.addAttribute("p", sp.proposal());
    model.addAttribute("agency", agency(staff, agency.value()));
    model.addAttribute("units", units(agency));
    model.addAttribute("criteria", setup.criteria(staff, agency));
    model.addAttribute("officer", ProposalAccess.isOfficer(staff, agency));
    model.addAttribute("onPanel", access.onPanel(staff, agency));
    model.addAttribute(
        "scored", sp.reviews().stream().anyMatch(r -> r.username().equals(staff.getUsername())));
    model.addAttribute("mayReport", ProposalAccess.mayReport(staff, sp.proposal()));
    model.addAttribute("names", organisation.displayNames(staff));
    model.addAttribute("milestoneStatuses", MilestoneStatus.values());
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return PROPOSAL;
  }

  /** The proposal's page again with the problems of {@code e}: 409 for a conflict, else 422. */
  String refused(
      DomainException e,
      Model model,
      StaffPrincipal staff,
      ProposalNumber number,
      HttpServletResponse response,
      Locale locale) {
    model.addAttribute("problems", problems(e, locale));
    response.setStatus(e instanceof ConflictException ? 409 : 422);
    return proposal(model, staff, number);
  }

  List<Problem> problems(DomainException e, Locale locale) {
    List<Problem> problems = new ArrayList<>();
    if (e instanceof InvalidFields fields) {
      fields
          .problems()
          .forEach(
              p ->
                  problems.add(
                      new Problem(
                          p.field(),
                          messages.getMessage(
                              p.messageKey(), p.arguments().toArray(), p.messageKey(), locale))));
    } else {
      problems.add(
          new Problem(
              "",
              messages.getMessage(e.messageKey(), e.messageArguments(), e.messageKey(), locale)));
    }
    return problems;
  }
}
