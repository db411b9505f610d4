// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.courtesy.FollowUp;
import tw.civicdesk.courtesy.FollowUps;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * Follow-ups of low scores ({@code /console/courtesy/follow-ups}): the agency's for its quality
 * officers, the unit's for its heads (anyone else 404); one follow-up's page, where the unit head
 * submits the improvement report and the quality officer closes it or sends it back.
 */
@Controller
class FollowUpController {

  private final FollowUps followUps;
  private final CourtesyPages pages;

  FollowUpController(FollowUps followUps, CourtesyPages pages) {
    this.followUps = followUps;
    this.pages = pages;
  }

  @GetMapping("/console/courtesy/follow-ups")
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    model.addAttribute("followUps", followUps.list(staff, staff.agencyCode()));
    model.addAttribute("units", pages.units(staff.agencyCode()));
    model.addAttribute("today", pages.today());
    return "courtesy/follow-ups";
  }

  @GetMapping("/console/courtesy/follow-ups/{id}")
  String show(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Model model) {
    return page(model, staff, followUps.get(staff, id), "", "");
  }

  @PostMapping("/console/courtesy/follow-ups/{id}/report")
  String report(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String report,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      followUps.submit(staff, id, version, report);
      redirect.addFlashAttribute("done", "submitted");
      return "redirect:/console/courtesy/follow-ups/" + id;
    } catch (InvalidFields | ConflictException e) {
      response.setStatus(e instanceof ConflictException ? 409 : 422);
      model.addAttribute("problem", key(e));
      return page(model, staff, followUps.get(staff, id), report, "");
    }
  }

  @PostMapping("/console/courtesy/follow-ups/{id}/review")
  String review(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(defaultValue = "false") boolean accept,
      @RequestParam(defaultValue = "") String reviewNote,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      FollowUp done = followUps.review(staff, id, version, accept, reviewNote);
      redirect.addFlashAttribute("done", done.state().name());
      return "redirect:/console/courtesy/follow-ups/" + id;
    } catch (InvalidFields | ConflictException e) {
      response.setStatus(e instanceof ConflictException ? 409 : 422);
      model.addAttribute("problem", key(e));
      return page(model, staff, followUps.get(staff, id), "", reviewNote);
    }
  }

  private static String key(RuntimeException e) {
    return e instanceof InvalidFields fields
        ? fields.problems().get(0).messageKey()
        : ((ConflictException) e).messageKey();
  }

  private String page(
      Model model, StaffPrincipal staff, FollowUp f, String report, String reviewNote) {
    model.addAttribute("f", f);
    model.addAttribute("unit", pages.units(f.agency()).get(f.unitId()));
    model.addAttribute("mayReport", FollowUps.mayReport(staff, f));
    model.addAttribute("mayReview", FollowUps.mayReview(staff, f));
    model.addAttribute("report", report.isEmpty() ? f.report() : report);
    model.addAttribute("reviewNote", reviewNote);
    return "courtesy/follow-up";
  }
}
