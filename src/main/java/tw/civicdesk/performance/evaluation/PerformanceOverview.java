// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.OverviewAccess;
import tw.civicdesk.performance.monitoring.MonitoringSettings;
import tw.civicdesk.performance.monitoring.ProgressSource;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * A supervising agency's agencies side by side for one year (績效總覽): each one's plan and its status,
 * its practices, and in the latest reporting period that has begun how many pairs of a practice and
 * a unit responsible for it were reported, accepted or not (yet) reported — the pairs {@code
 * ProgressChasing} lists — and the self-assessment, review and last year's totals. For quality
 * officers of an agency with agencies below it; aggregates only.
 */
@Service
public class PerformanceOverview implements OverviewAccess {

  private final Plans plans;
  private final Evaluations evaluations;
  private final Organisation organisation;
  private final ProgressSource progress;
  private final MonitoringSettings settings;
  private final Clock clock;

  PerformanceOverview(
      Plans plans,
      Evaluations evaluations,
      Organisation organisation,
      ProgressSource progress,
      MonitoringSettings settings,
      Clock clock) {
    this.plans = plans;
    this.evaluations = evaluations;
    this.organisation = organisation;
    this.progress = progress;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * One agency's row.
   *
   * @param plan its plan of the year, {@code null} when it has none
   * @param period the latest reporting period that has begun, {@code null} before the year
   * @param reported of the period's practice × unit pairs, those with a submitted or accepted
   *     report; {@code accepted} of those accepted; {@code unreported} the pairs without one
   * @param scorecard its evaluation's results, {@code null} when none was opened
   * @param lastYear the overall result of last year's final evaluation, if there was one
   */
  public record Row(
      Agency agency,
      @Nullable Plan plan,
      @Nullable String period,
      int practices,
      int reported,
      int accepted,
      int unreported,
      @Nullable Scorecard scorecard,
      @Nullable BigDecimal lastYear) {}

  @Override
  public boolean available(StaffPrincipal viewer) {
    return viewer.has(Role.QUALITY_OFFICER)
        && !organisation.descendantsOf(viewer.agencyCode()).isEmpty();
  }

  /**
   * The years in which an agency below {@code viewer}'s has a plan {@code viewer} may read, newest
   * first: the years the overview has something to show.
   */
  @Transactional(readOnly = true)
  public List<Integer> years(StaffPrincipal viewer) {
    if (!viewer.has(Role.QUALITY_OFFICER)) {
      throw new ForbiddenException("evaluation.error.forbidden");
    }
    List<String> below =
        organisation.descendantsOf(viewer.agencyCode()).stream().map(a -> a.value()).toList();
    return plans.ofAgencies(below).stream()
        .filter(p -> p.kind() == PlanKind.PLAN && plans.canRead(viewer, p))
        .map(Plan::year)
        .distinct()
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  /** The agencies below {@code viewer}'s, in hierarchy order, for {@code year}. */
  @Transactional(readOnly = true)
  public List<Row> of(StaffPrincipal viewer, int year) {
    if (!viewer.has(Role.QUALITY_OFFICER)) {
      throw new ForbiddenException("evaluation.error.forbidden");
    }
    var below = organisation.descendantsOf(viewer.agencyCode());
    String period = latestPeriod(year);
    return organisation.agencies().stream()
        .filter(a -> below.contains(a.code()))
        .map(a -> row(viewer, a, year, period))
        .toList();
  }

  private Row row(StaffPrincipal viewer, Agency agency, int year, @Nullable String period) {
    Optional<Plan> plan =
        plans
            .byYear(agency.code().value(), year, PlanKind.PLAN)
            .filter(p -> plans.canRead(viewer, p));
    BigDecimal lastYear = evaluations.finalTotal(agency.code().value(), year - 1).orElse(null);
    if (plan.isEmpty()) {
      return new Row(agency, null, period, 0, 0, 0, 0, null, lastYear);
    }
    List<Practice> practices = plan.get().content().practices();
    List<String> units = organisation.units(agency.code()).stream().map(Unit::code).toList();
    Map<String, Boolean> reports = new HashMap<>(); // practice|unit → accepted
    if (period != null) {
      progress.progressOf(plan.get().id()).stream()
          .filter(r -> r.period().equals(period))
          .forEach(r -> reports.put(r.practiceId() + "|" + r.unitCode(), r.accepted()));
    }
    int pairs = 0;
    int reported = 0;
    int accepted = 0;
    for (Practice practice : practices) {
      for (String unit : units.stream().filter(practice::assignedTo).toList()) {
        pairs++;
        Boolean report = reports.get(practice.id() + "|" + unit);
        reported += report == null ? 0 : 1;
        accepted += Boolean.TRUE.equals(report) ? 1 : 0;
      }
    }
    return new Row(
        agency,
        plan.get(),
        period,
        practices.size(),
        reported,
        accepted,
        pairs - reported,
        evaluations.scorecardOf(plan.get()).orElse(null),
        lastYear);
  }

  private @Nullable String latestPeriod(int year) {
    LocalDate today = LocalDate.now(clock);
    return ReportingPeriod.of(year, settings.reportingPeriod()).stream()
        .filter(p -> !p.first().isAfter(today))
        .reduce((a, b) -> b)
        .map(ReportingPeriod::code)
        .orElse(null);
  }
}
