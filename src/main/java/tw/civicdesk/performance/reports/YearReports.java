// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.evaluation.Evaluations;
import tw.civicdesk.performance.evaluation.Scorecard;
import tw.civicdesk.performance.indicators.Indicators;
import tw.civicdesk.performance.monitoring.MonitoringSettings;
import tw.civicdesk.performance.monitoring.PracticeProgress;
import tw.civicdesk.performance.monitoring.ProgressSource;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.reports.YearReport.IndicatorRow;
import tw.civicdesk.performance.reports.YearReport.PracticeRow;
import tw.civicdesk.performance.reports.YearReport.ScoreRow;
import tw.civicdesk.performance.reports.YearReport.ScoreTable;
import tw.civicdesk.platform.files.PdfFont;

/**
 * The year's performance report of a plan (績效報告) for staff who may read the plan, as ODT, ODS or
 * PDF; a plan beyond the reader is "not found". Progress comes from the units' reports ({@link
 * ProgressSource}; none at all when no source is installed), indicators from {@link Indicators} by
 * quarter, scores from the plan's evaluation if one was opened.
 */
@Service
public class YearReports {

  private final Plans plans;
  private final Evaluations evaluations;
  private final Indicators indicators;
  private final ProgressSource progress;
  private final MonitoringSettings settings;
  private final Organisation organisation;
  private final MessageSource messages;
  private final PdfFont font;

  YearReports(
      Plans plans,
      Evaluations evaluations,
      Indicators indicators,
      ProgressSource progress,
      MonitoringSettings settings,
      Organisation organisation,
      MessageSource messages,
      PdfFont font) {
    this.plans = plans;
    this.evaluations = evaluations;
    this.indicators = indicators;
    this.progress = progress;
    this.settings = settings;
    this.organisation = organisation;
    this.messages = messages;
    this.font = font;
  }

  /** A report file: its bytes and the name to download it as. */
  public record File(byte[] bytes, String name, String contentType) {}

  /** The report as an OpenDocument text. */
  public File odt(StaffPrincipal viewer, long planId, Locale locale) {
    YearReport report = gather(viewer, planId, locale);
    return new File(OdtReport.write(report), name(report, planId, "odt"), OdfPackage.ODT);
  }

  /** The report's tables as an OpenDocument spreadsheet, one sheet each. */
  public File ods(StaffPrincipal viewer, long planId, Locale locale) {
    YearReport report = gather(viewer, planId, locale);
    return new File(OdsReport.write(report), name(report, planId, "ods"), OdfPackage.ODS);
  }

  /** The report as PDF, set in the configured CJK font. */
  public File pdf(StaffPrincipal viewer, long planId, Locale locale) {
    YearReport report = gather(viewer, planId, locale);
    return new File(
        PdfReport.write(report, font.get()), name(report, planId, "pdf"), "application/pdf");
  }

  private static String name(YearReport report, long planId, String extension) {
    return "performance-report-" + report.year() + "-" + planId + "." + extension;
  }

  /** Everything the report says, in {@code locale}. */
  @Transactional(readOnly = true)
  YearReport gather(StaffPrincipal viewer, long planId, Locale locale) {
    Plan plan = plans.get(viewer, planId);
    YearReport.Labels labels = (key, args) -> messages.getMessage(key, args, locale);
    AgencyCode agency = new AgencyCode(plan.agencyCode());
    String agencyName =
        organisation.agency(agency).map(a -> a.name().in(locale)).orElse(plan.agencyCode());
    List<String> periods =
        ReportingPeriod.of(plan.year(), settings.reportingPeriod()).stream()
            .map(ReportingPeriod::code)
            .toList();
    PlanContent content = plan.content();
    return new YearReport(
        labels,
        agencyName,
        plan.year(),
        plan.title(),
        labels.get("performance.plan.status." + plan.status().name()),
        plan.revision(),
        plan.approvalRef(),
        content.basis().stream().map(PlanContent.BasisLetter::text).toList(),
        content.goals(),
        content.scope(),
        periods,
        practices(plan, periods, labels, unitNames(agency, locale)),
        indicatorRows(plan, periods, labels, locale),
        evaluations.scorecardOf(plan).map(c -> scores(c, labels, locale)).orElse(null));
  }

  private Map<String, String> unitNames(AgencyCode agency, Locale locale) {
    Map<String, String> names = new HashMap<>();
    organisation.units(agency).forEach(u -> names.put(u.code(), u.name().in(locale)));
    return names;
  }

  private List<PracticeRow> practices(
      Plan plan, List<String> periods, YearReport.Labels labels, Map<String, String> units) {
    Map<String, List<PracticeProgress>> reports =
        progress.progressOf(plan.id()).stream()
            .collect(Collectors.groupingBy(r -> r.practiceId() + "|" + r.period()));
    List<PracticeRow> rows = new ArrayList<>();
    for (PlanNode node : plan.content().allNodes().toList()) {
      for (Practice practice : node.practices()) {
        List<String> cells =
            periods.stream()
                .map(
                    period ->
                        cell(
                            reports.getOrDefault(practice.id() + "|" + period, List.of()),
                            labels,
                            units))
                .toList();
        rows.add(new PracticeRow(node.title(), practice.text(), cells));
      }
    }
    return rows;
  }

  private static String cell(
      List<PracticeProgress> reports, YearReport.Labels labels, Map<String, String> units) {
    if (reports.isEmpty()) {
      return labels.get("report.no-report");
    }
    return reports.stream()
        .map(
            r ->
                labels.get(
                    "report.progress-line",
                    units.getOrDefault(r.unitCode(), r.unitCode()),
                    labels.get("report.progress." + r.status().name()),
                    r.narrative(),
                    r.accepted() ? labels.get("report.accepted") : ""))
        .collect(Collectors.joining("\n"));
  }

  private List<IndicatorRow> indicatorRows(
      Plan plan, List<String> periods, YearReport.Labels labels, Locale locale) {
    Map<String, String> practiceTexts =
        plan.content().practices().stream()
            .collect(Collectors.toMap(Practice::id, Practice::text, (a, b) -> a));
    List<String> shortLabels = periods.stream().map(p -> p.substring(p.indexOf('-') + 1)).toList();
    return indicators.readingsOf(plan).stream()
        .map(
            r -> {
              List<BigDecimal> trend =
                  r.trend().stream().map(Indicators.PeriodValue::value).toList();
              String met =
                  r.met() == null ? "" : labels.get(r.met() ? "report.met" : "report.not-met");
              String measure = r.indicator().measure() == null ? "" : r.indicator().measure();
              return new IndicatorRow(
                  practiceTexts.getOrDefault(r.practiceId(), ""),
                  r.indicator().name(),
                  measure,
                  r.indicator().target(),
                  r.actual(),
                  trend,
                  met,
                  source(r, labels, locale),
                  BarChart.png(shortLabels, trend, r.indicator().target()));
            })
        .toList();
  }

  /** What a reading's values come from: its provider's source, or the units' reports. */
  private String source(Indicators.Reading r, YearReport.Labels labels, Locale locale) {
    String code = r.indicator().provider();
    if (!r.computed() || code == null) {
      return labels.get("report.source.units");
    }
    return indicators
        .provider(code)
        .map(p -> labels.get("report.source.computed", p.source().in(locale)))
        .orElseGet(() -> labels.get("report.source.units"));
  }

  private static ScoreTable scores(Scorecard card, YearReport.Labels labels, Locale locale) {
    List<ScoreRow> rows =
        card.lines().stream()
            .map(
                l ->
                    new ScoreRow(
                        l.node().title().in(locale),
                        l.depth(),
                        l.max(),
                        l.result().self(),
                        l.result().review(),
                        l.result().lastYear()))
            .toList();
    ScoreRow total =
        new ScoreRow(
            labels.get("report.scores.total"),
            0,
            card.scale(),
            card.overall().self(),
            card.overall().review(),
            card.overall().lastYear());
    return new ScoreTable(
        card.framework().name().in(locale),
        labels.get("evaluation.status." + card.evaluation().status().name()),
        card.lastYear(),
        rows,
        total);
  }
}
