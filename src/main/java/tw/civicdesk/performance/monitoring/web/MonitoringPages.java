// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.monitoring.ProgressReports;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.UnitNames;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;

/** What the monitoring pages share: the plan's heading, the periods, errors as text. */
@Component
class MonitoringPages {

  private final ProgressReports reports;
  private final UnitNames unitNames;
  private final MessageSource messages;

  MonitoringPages(ProgressReports reports, UnitNames unitNames, MessageSource messages) {
    this.reports = reports;
    this.unitNames = unitNames;
    this.messages = messages;
  }

  /** Adds the plan, its units' names and the monitoring navigation to the model. */
  void common(Model model, Plan plan, StaffPrincipal viewer, Locale locale) {
    model.addAttribute("plan", plan);
    model.addAttribute("unitNames", unitNames.of(new AgencyCode(plan.agencyCode()), locale));
    model.addAttribute("canReview", reports.canReview(viewer, plan));
  }

  /**
   * The period {@code code} names among {@code periods}; otherwise the one that holds today (the
   * last of the list when the list ends before today), or {@code null} for an empty list.
   */
  static @Nullable ReportingPeriod choose(List<ReportingPeriod> periods, @Nullable String code) {
    return periods.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElse(periods.isEmpty() ? null : periods.get(periods.size() - 1));
  }

  /** The field errors of {@code e} as text by field, or the whole-form error under "". */
  Map<String, String> errors(DomainException e, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e instanceof InvalidFields fields) {
      fields
          .problems()
          .forEach(
              p ->
                  errors.merge(
                      p.field(),
                      messages.getMessage(p.messageKey(), p.arguments().toArray(), locale),
                      (a, b) -> a + " " + b));
    } else {
      errors.put("", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
    }
    return errors;
  }

  String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
