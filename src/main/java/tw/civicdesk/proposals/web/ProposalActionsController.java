// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.proposals.ProposalCommands;
import tw.civicdesk.proposals.ProposalCommands.MilestoneInput;
import tw.civicdesk.proposals.ProposalNumber;
import tw.civicdesk.proposals.ProposalStatus;
import tw.civicdesk.proposals.ProposalViews.MilestoneStatus;
import tw.civicdesk.proposals.Proposals;

/**
 * The steps on a proposal's page, each a plain form posting the version read: score ({@code
 * /score}, panel members), decide ({@code /decide}), assign with milestones ({@code /assign}),
 * report progress ({@code /progress}, the assigned unit), implement ({@code /implement}) and
 * publish ({@code /publish}). A step taken answers with a redirect to the page and a notice; a
 * refused one shows the page again with its problems: 409 for a stale version or a step the
 * lifecycle does not allow, 422 for a wrong field.
 */
@Controller
class ProposalActionsController {

  private static final String BASE = "/console/proposals/{number}";

  private final Proposals proposals;
  private final ProposalConsolePages pages;

  ProposalActionsController(Proposals proposals, ProposalConsolePages pages) {
    this.proposals = proposals;
    this.pages = pages;
  }

  /** The request's staff member, proposal, version, model and response. */
  private record Ctx(
      StaffPrincipal staff,
      ProposalNumber number,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {}

  @PostMapping(BASE + "/score")
  String score(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Ctx c = ctx(staff, number, model, response, redirect, locale);
    Map<Long, Integer> points = new HashMap<>();
    params.forEach(
        (key, values) -> {
          if (key.startsWith("points[") && key.endsWith("]") && !values.isEmpty()) {
            try {
              points.put(
                  Long.parseLong(key.substring(7, key.length() - 1)),
                  Integer.parseInt(values.get(0).strip()));
            } catch (NumberFormatException e) {
              // a missing or malformed point is told by the check, on its field
            }
          }
        });
    return step(
        c,
        "scored",
        () -> proposals.score(staff, c.number(), version, new ProposalCommands.Score(points)));
  }

  @PostMapping(BASE + "/decide")
  String decide(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(required = false) @Nullable String decision,
      @RequestParam(required = false) @Nullable String reasons,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Ctx c = ctx(staff, number, model, response, redirect, locale);
    return step(
        c,
        "decided",
        () ->
            proposals.decide(
                staff,
                c.number(),
                version,
                new ProposalCommands.Decide(decisionOf(decision), reasons)));
  }

  @PostMapping(BASE + "/assign")
  String assign(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(required = false) @Nullable Long unitId,
      @RequestParam(name = "title", required = false) @Nullable List<String> titles,
      @RequestParam(name = "dueOn", required = false) @Nullable List<String> dues,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Ctx c = ctx(staff, number, model, response, redirect, locale);
    List<MilestoneInput> milestones = new ArrayList<>();
    List<String> t = titles == null ? List.of() : titles;
    List<String> d = dues == null ? List.of() : dues;
    for (int i = 0; i < Math.max(t.size(), d.size()); i++) {
      milestones.add(
          new MilestoneInput(i < t.size() ? t.get(i) : null, date(i < d.size() ? d.get(i) : null)));
    }
    return step(
        c,
        "assigned",
        () ->
            proposals.assign(
                staff, c.number(), version, new ProposalCommands.Assign(unitId, milestones)));
  }

  @PostMapping(BASE + "/progress")
  String progress(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(defaultValue = "-1") long milestone,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "0") int percent,
      @RequestParam(required = false) @Nullable String note,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Ctx c = ctx(staff, number, model, response, redirect, locale);
    MilestoneStatus s = null;
    for (MilestoneStatus m : MilestoneStatus.values()) {
      if (m.name().equals(status)) {
        s = m;
      }
    }
    MilestoneStatus chosen = s;
    return step(
        c,
        "reported",
        () ->
            proposals.report(
                staff,
                c.number(),
                version,
                new ProposalCommands.Progress(milestone, chosen, percent, note)));
  }

  @PostMapping(BASE + "/implement")
  String implement(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Ctx c = ctx(staff, number, model, response, redirect, locale);
    return step(c, "implemented", () -> proposals.implement(staff, c.number(), version));
  }

  @PostMapping(BASE + "/publish")
  String publish(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(defaultValue = "false") boolean published,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    Ctx c = ctx(staff, number, model, response, redirect, locale);
    return step(
        c,
        published ? "published" : "unpublished",
        () -> proposals.publish(staff, c.number(), version, published));
  }

  private static Ctx ctx(
      StaffPrincipal staff,
      String number,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Locale locale) {
    return new Ctx(staff, ProposalConsolePages.parse(number), model, response, redirect, locale);
  }

  private String step(Ctx c, String done, Supplier<?> action) {
    try {
      action.get();
      c.redirect().addFlashAttribute("done", done);
      return "redirect:/console/proposals/" + c.number().value();
    } catch (tw.civicdesk.platform.error.NotFoundException
        | tw.civicdesk.platform.error.ForbiddenException e) {
      throw e;
    } catch (DomainException e) {
      return pages.refused(e, c.model(), c.staff(), c.number(), c.response(), c.locale());
    }
  }

  private static ProposalStatus decisionOf(@Nullable String raw) {
    for (ProposalStatus s :
        List.of(
            ProposalStatus.ADOPTED, ProposalStatus.ADOPTED_IN_PART, ProposalStatus.NOT_ADOPTED)) {
      if (s.name().equals(raw)) {
        return s;
      }
    }
    throw new InvalidInputException("proposals.decision.choose");
  }

  private static @Nullable LocalDate date(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
