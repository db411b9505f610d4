// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

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
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.monitoring.ProgressChasing;
import tw.civicdesk.performance.monitoring.ProgressReports;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * {@code /console/plans/{id}/unreported}: for an ended period (the latest unless chosen), every
 * practice and unit without a report, with when each was chased; the quality officer of the agency
 * chases the ones not chased yet with "chase now" (the daily task does the same).
 */
@Controller
class UnreportedPageController {

  static final String PAGE = "monitoring/unreported";

  private final Plans plans;
  private final ProgressReports reports;
  private final ProgressChasing chasing;
  private final MonitoringPages pages;

  UnreportedPageController(
      Plans plans, ProgressReports reports, ProgressChasing chasing, MonitoringPages pages) {
    this.plans = plans;
    this.reports = reports;
    this.chasing = chasing;
    this.pages = pages;
  }

  @GetMapping("/console/plans/{id}/unreported")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String period,
      Model model,
      Locale locale) {
    Plan plan = plans.get(staff, id);
    pages.common(model, plan, staff, locale);
    List<ReportingPeriod> periods = reports.endedPeriods(plan);
    ReportingPeriod chosen = MonitoringPages.choose(periods, period);
    model.addAttribute("periods", periods);
    model.addAttribute("period", chosen);
    model.addAttribute(
        "missing", chosen == null ? List.of() : chasing.unreported(staff, id, chosen));
    model.addAttribute(
        "canChase",
        reports.canReview(staff, plan)
            && plan.status() == tw.civicdesk.performance.plans.PlanStatus.IN_EXECUTION);
    return PAGE;
  }

  @PostMapping("/console/plans/{id}/unreported/chase")
  String chase(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String period,
      RedirectAttributes redirect) {
    Plan plan = plans.get(staff, id);
    ReportingPeriod chosen =
        reports.endedPeriods(plan).stream()
            .filter(p -> p.code().equals(period))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("monitoring.error.period"));
    redirect.addFlashAttribute("chased", chasing.chase(staff, id, chosen));
    return "redirect:"
        + UriComponentsBuilder.fromPath("/console/plans/{id}/unreported")
            .queryParam("period", chosen.code())
            .buildAndExpand(id)
            .toUriString();
  }
}
