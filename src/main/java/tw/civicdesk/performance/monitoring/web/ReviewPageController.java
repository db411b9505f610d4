// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import tw.civicdesk.performance.monitoring.ProgressReport;
import tw.civicdesk.performance.monitoring.ProgressReports;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.monitoring.ReviewState;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * {@code /console/plans/{id}/review}: the quality officer's queue of submitted reports, oldest
 * first, each accepted or returned with a comment; and the accepted reports of a period, each
 * reopened with a reason when it must change. Others who may read the plan see the queue without
 * the forms. A refused decision is shown again with its error next to the comment.
 */
@Controller
class ReviewPageController {

  static final String PAGE = "monitoring/review";

  private final Plans plans;
  private final ProgressReports reports;
  private final MonitoringPages pages;

  ReviewPageController(Plans plans, ProgressReports reports, MonitoringPages pages) {
    this.plans = plans;
    this.reports = reports;
    this.pages = pages;
  }

  @GetMapping("/console/plans/{id}/review")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String period,
      Model model,
      Locale locale) {
    return render(staff, plans.get(staff, id), period, null, "", Map.of(), model, locale);
  }

  @PostMapping("/console/plans/{id}/reports/{reportId}/review")
  String decide(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @PathVariable long reportId,
      @RequestParam(required = false) @Nullable String decision,
      @RequestParam(required = false) @Nullable String comment,
      @RequestParam(required = false) @Nullable Integer version,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Plan plan = plans.get(staff, id);
    ProgressReport report = reports.report(staff, id, reportId);
    if (!reports.canReview(staff, plan)) {
      throw new ForbiddenException("monitoring.error.forbidden");
    }
    try {
      ProgressReports.Decision d = decision(decision);
      ProgressReport done =
          reports.review(staff, id, reportId, version == null ? -1 : version, d, comment);
      redirect.addFlashAttribute("decided", d.name());
      return "redirect:"
          + UriComponentsBuilder.fromPath("/console/plans/{id}/review")
              .queryParam("period", done.period())
              .buildAndExpand(id)
              .toUriString();
    } catch (InvalidInputException | ConflictException e) {
      return render(
          staff,
          plan,
          report.period(),
          reportId,
          comment == null ? "" : comment,
          pages.errors(e, locale),
          model,
          locale);
    }
  }

  private static ProgressReports.Decision decision(@Nullable String raw) {
    for (ProgressReports.Decision d : ProgressReports.Decision.values()) {
      if (d.name().equals(raw)) {
        return d;
      }
    }
    throw new InvalidInputException("monitoring.error.decision");
  }

  private String render(
      StaffPrincipal staff,
      Plan plan,
      @Nullable String periodCode,
      @Nullable Long failed,
      String comment,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    pages.common(model, plan, staff, locale);
    List<ReportingPeriod> periods = reports.begunPeriods(plan);
    ReportingPeriod period = MonitoringPages.choose(periods, periodCode);
    List<ProgressReport> all = reports.reports(staff, plan.id());
    model.addAttribute("periods", periods);
    model.addAttribute("period", period);
    model.addAttribute(
        "queue",
        reports.queue(staff, plan.id()).stream()
            .map(r -> row(staff, plan, r, failed, comment, errors))
            .toList());
    model.addAttribute(
        "accepted",
        period == null
            ? List.of()
            : all.stream()
                .filter(
                    r ->
                        r.reviewState() == ReviewState.ACCEPTED && r.period().equals(period.code()))
                .map(r -> row(staff, plan, r, failed, comment, errors))
                .toList());
    return PAGE;
  }

  private ReviewRow row(
      StaffPrincipal staff,
      Plan plan,
      ProgressReport r,
      @Nullable Long failed,
      String comment,
      Map<String, String> errors) {
    boolean mine = failed != null && failed == r.id();
    Practice practice =
        plan.content()
            .practice(r.practiceId())
            .orElseGet(
                () ->
                    new Practice(
                        r.practiceId(),
                        r.practiceId(),
                        Deadline.ONGOING,
                        List.of(),
                        null,
                        List.of()));
    return new ReviewRow(
        r,
        practice,
        reports.history(staff, plan.id(), r.id()),
        reports.files(staff, plan.id(), r.id()),
        mine ? comment : "",
        mine ? errors : Map.of());
  }
}
