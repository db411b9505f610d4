// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.monitoring.ProgressReports;
import tw.civicdesk.performance.monitoring.SpotCheck;
import tw.civicdesk.performance.monitoring.SpotChecks;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * {@code /console/plans/{id}/spot-checks}: the plan's spot checks (平時查核), newest first, and the
 * quality officer's form to record one; {@code /console/plans/{id}/spot-checks/{checkId}}: one
 * check with its follow-up actions, each recorded done with a note by its unit (or the quality
 * officer). Refused input is shown again with errors next to the fields.
 */
@Controller
class SpotCheckPageController {

  static final String LIST = "monitoring/spot-checks";
  static final String DETAIL = "monitoring/spot-check";

  private final Plans plans;
  private final SpotChecks checks;
  private final ProgressReports reports;
  private final MonitoringPages pages;
  private final Clock clock;

  SpotCheckPageController(
      Plans plans, SpotChecks checks, ProgressReports reports, MonitoringPages pages, Clock clock) {
    this.plans = plans;
    this.checks = checks;
    this.reports = reports;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping("/console/plans/{id}/spot-checks")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    Plan plan = plans.get(staff, id);
    model.addAttribute(
        "form", SpotCheckForm.blank(staff.getUsername(), LocalDate.now(clock).toString()));
    return renderList(staff, plan, model, locale);
  }

  @PostMapping("/console/plans/{id}/spot-checks")
  String record(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @ModelAttribute("form") SpotCheckForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Plan plan = plans.get(staff, id);
    try {
      if (result.hasErrors()) {
        throw new InvalidInputException("monitoring.error.form");
      }
      SpotCheck check = checks.record(staff, id, form.toCheck());
      redirect.addFlashAttribute("recorded", true);
      return "redirect:/console/plans/" + id + "/spot-checks/" + check.id();
    } catch (InvalidInputException | ConflictException e) {
      FormSupport.reject(e, result);
      form.padActions();
      return renderList(staff, plan, model, locale);
    }
  }

  private String renderList(StaffPrincipal staff, Plan plan, Model model, Locale locale) {
    pages.common(model, plan, staff, locale);
    model.addAttribute("checks", checks.checks(staff, plan.id()));
    model.addAttribute("canRecord", checks.canRecord(staff, plan));
    model.addAttribute("practiceChoices", practiceChoices(plan, locale));
    Map<String, String> units = new LinkedHashMap<>();
    units.put("", pages.text("monitoring.spot-check.no-unit", locale));
    reports.units(plan.agencyCode()).forEach(u -> units.put(u.code(), u.name().in(locale)));
    model.addAttribute("unitChoices", units);
    model.addAttribute("practiceTexts", practiceTexts(plan));
    return LIST;
  }

  private Map<String, String> practiceChoices(Plan plan, Locale locale) {
    Map<String, String> choices = new LinkedHashMap<>();
    choices.put("", pages.text("monitoring.spot-check.no-practice", locale));
    choices.putAll(practiceTexts(plan));
    return choices;
  }

  private static Map<String, String> practiceTexts(Plan plan) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Practice p : plan.content().practices()) {
      texts.put(p.id(), p.text());
    }
    return texts;
  }

  @GetMapping("/console/plans/{id}/spot-checks/{checkId}")
  String detail(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @PathVariable long checkId,
      Model model,
      Locale locale) {
    Plan plan = plans.get(staff, id);
    return renderDetail(
        staff, plan, checks.check(staff, id, checkId), null, "", Map.of(), model, locale);
  }

  @PostMapping("/console/plans/{id}/spot-checks/{checkId}/follow-ups/{seq}/done")
  String done(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @PathVariable long checkId,
      @PathVariable int seq,
      @RequestParam(required = false) @Nullable String note,
      @RequestParam(required = false) @Nullable Integer version,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Plan plan = plans.get(staff, id);
    SpotCheck check = checks.check(staff, id, checkId);
    try {
      checks.followUpDone(staff, id, checkId, seq, version == null ? -1 : version, note);
      redirect.addFlashAttribute("done", seq);
      return "redirect:/console/plans/" + id + "/spot-checks/" + checkId;
    } catch (InvalidInputException | ConflictException e) {
      return renderDetail(
          staff,
          plan,
          check,
          seq,
          note == null ? "" : note,
          pages.errors(e, locale),
          model,
          locale);
    }
  }

  private String renderDetail(
      StaffPrincipal staff,
      Plan plan,
      SpotCheck check,
      @Nullable Integer failed,
      String note,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    pages.common(model, plan, staff, locale);
    model.addAttribute("check", check);
    model.addAttribute("practiceTexts", practiceTexts(plan));
    Map<Integer, Boolean> mayFollowUp = new LinkedHashMap<>();
    check.followUps().forEach(f -> mayFollowUp.put(f.seq(), checks.canFollowUp(staff, plan, f)));
    model.addAttribute("mayFollowUp", mayFollowUp);
    model.addAttribute("failed", failed);
    model.addAttribute("note", note);
    model.addAttribute("errors", errors);
    model.addAttribute("units", reports.units(plan.agencyCode()).stream().map(Unit::code).toList());
    return DETAIL;
  }
}
