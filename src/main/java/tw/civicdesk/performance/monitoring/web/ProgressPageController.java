// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.monitoring.ProgressReport;
import tw.civicdesk.performance.monitoring.ProgressReports;
import tw.civicdesk.performance.monitoring.ProgressStatus;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.web.FileDownloads;
import tw.civicdesk.platform.web.FormSupport;

/**
 * {@code /console/plans/{id}/progress}: a unit's practices on a plan for one period (the current or
 * latest begun one unless chosen), each with its report form and its review state and comments.
 * Staff of a unit see their own unit first; the quality officer chooses any unit and reports on its
 * behalf; whoever else may read the plan sees the reports without forms. A refused report is shown
 * again with its errors next to its fields, and nothing is stored.
 */
@Controller
class ProgressPageController {

  static final String PAGE = "monitoring/progress";

  private final Plans plans;
  private final ProgressReports reports;
  private final MonitoringPages pages;
  private final FormSupport forms;

  ProgressPageController(
      Plans plans, ProgressReports reports, MonitoringPages pages, FormSupport forms) {
    this.plans = plans;
    this.reports = reports;
    this.pages = pages;
    this.forms = forms;
  }

  @GetMapping("/console/plans/{id}/progress")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String period,
      @RequestParam(required = false) @Nullable String unit,
      Model model,
      Locale locale) {
    Plan plan = plans.get(staff, id);
    return render(staff, plan, period, unit, null, Map.of(), model, locale);
  }

  @PostMapping("/console/plans/{id}/progress")
  String submit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @ModelAttribute("report") ProgressForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Plan plan = plans.get(staff, id);
    try {
      if (binding.hasErrors()) {
        throw new InvalidInputException("monitoring.error.form");
      }
      ProgressReport saved = reports.submit(staff, id, form.toSubmission());
      redirect.addFlashAttribute("saved", saved.practiceId());
      return "redirect:"
          + UriComponentsBuilder.fromPath("/console/plans/{id}/progress")
              .queryParam("period", saved.period())
              .queryParam("unit", saved.unitCode())
              .fragment("practice-" + saved.practiceId())
              .buildAndExpand(id)
              .toUriString();
    } catch (InvalidInputException | ConflictException e) {
      return render(
          staff,
          plan,
          form.getPeriod(),
          form.getUnitCode(),
          form,
          pages.errors(e, locale),
          model,
          locale);
    }
  }

  @GetMapping("/console/plans/{id}/reports/{reportId}/files/{fileId}")
  ResponseEntity<byte[]> file(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @PathVariable long reportId,
      @PathVariable long fileId) {
    ProgressReports.Download d = reports.file(staff, id, reportId, fileId);
    return FileDownloads.attachment(
        d.file().fileName(), d.file().contentType(), d.file().sha256(), d.content(), false);
  }

  private String render(
      StaffPrincipal staff,
      Plan plan,
      @Nullable String periodCode,
      @Nullable String unitCode,
      @Nullable ProgressForm posted,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    pages.common(model, plan, staff, locale);
    List<ReportingPeriod> periods = reports.begunPeriods(plan);
    ReportingPeriod period = MonitoringPages.choose(periods, periodCode);
    List<Unit> units = reports.units(plan.agencyCode());
    String unit = chooseUnit(staff, plan, units, unitCode);
    model.addAttribute("periods", periods);
    model.addAttribute("period", period);
    model.addAttribute("unit", unit);
    model.addAttribute(
        "unitChoices",
        forms.options(
            units,
            Unit::code,
            u -> u.name().in(locale),
            "monitoring.progress.choose-unit",
            locale));
    model.addAttribute(
        "statusChoices", forms.enumOptions(ProgressStatus.class, "monitoring.status.", locale));
    model.addAttribute(
        "onBehalf",
        unit != null
            && reports.canReport(staff, plan, unit)
            && reports.onBehalf(staff, plan, unit));
    model.addAttribute(
        "rows",
        period == null || unit == null
            ? List.of()
            : rows(staff, plan, period, unit, posted, errors));
    return PAGE;
  }

  private @Nullable String chooseUnit(
      StaffPrincipal staff, Plan plan, List<Unit> units, @Nullable String requested) {
    if (units.stream().anyMatch(u -> u.code().equals(requested))) {
      return requested;
    }
    Optional<String> own =
        staff.agencyCode().value().equals(plan.agencyCode())
            ? reports.ownUnit(staff)
            : Optional.empty();
    return own.orElse(units.isEmpty() ? null : units.get(0).code());
  }

  private List<ProgressRow> rows(
      StaffPrincipal staff,
      Plan plan,
      ReportingPeriod period,
      String unit,
      @Nullable ProgressForm posted,
      Map<String, String> errors) {
    Map<String, ProgressReport> current = new LinkedHashMap<>();
    reports.reports(staff, plan.id()).stream()
        .filter(r -> r.period().equals(period.code()) && r.unitCode().equals(unit))
        .forEach(r -> current.put(r.practiceId(), r));
    boolean mayReport = reports.canReport(staff, plan, unit);
    List<ProgressRow> rows = new ArrayList<>();
    for (Practice practice : plan.content().practices()) {
      if (!practice.assignedTo(unit)) {
        continue;
      }
      ProgressReport report = current.get(practice.id());
      boolean mine = posted != null && posted.getPracticeId().equals(practice.id());
      rows.add(
          row(
              staff,
              plan,
              rows.size(),
              practice,
              report,
              mine ? posted : null,
              mine ? errors : Map.of(),
              mayReport));
    }
    return rows;
  }

  private ProgressRow row(
      StaffPrincipal staff,
      Plan plan,
      int index,
      Practice practice,
      @Nullable ProgressReport report,
      @Nullable ProgressForm posted,
      Map<String, String> errors,
      boolean mayReport) {
    var indicators = practice.indicators().stream().filter(i -> i.provider() == null).toList();
    Map<String, String> figures = new LinkedHashMap<>();
    if (posted != null) {
      figures.putAll(posted.getFigures());
    } else if (report != null) {
      report.figures().forEach((k, v) -> figures.put(k, v.toPlainString()));
    }
    List<String> links =
        posted != null ? posted.getLinks() : report != null ? report.links() : List.of();
    String status =
        posted != null ? posted.getStatus() : report != null ? report.status().name() : null;
    String narrative =
        posted != null
            ? String.valueOf(posted.getNarrative() == null ? "" : posted.getNarrative())
            : report != null ? report.narrative() : "";
    return new ProgressRow(
        index,
        practice,
        indicators,
        report,
        report == null ? List.of() : reports.history(staff, plan.id(), report.id()),
        report == null ? List.of() : reports.files(staff, plan.id(), report.id()),
        status,
        narrative,
        figures,
        ProgressRow.withSpares(links),
        mayReport,
        errors);
  }
}
