// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.notification.StaffNotices.StaffNotice;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * Missing progress reports (未填報) and chasing them (稽催). For a period whose last day has passed,
 * every pair of a practice and a unit responsible for it (each unit of the agency for a practice of
 * {@link Practice#ALL_UNITS}) without a submitted or accepted report is missing — a returned one
 * counts as missing until it is submitted again.
 *
 * <p>Chasing posts a console notice ({@link StaffNoticeKind#PLAN_PROGRESS_DUE}) to the unit heads
 * of each missing pair's unit, at most once per plan, practice, unit and period: the pair's chase
 * is claimed in {@code performance_progress_chase} in the same transaction, so the daily task
 * ({@code plan-progress-chase}, any node) and the quality officer's "chase now" never chase a pair
 * twice. Only a plan in execution is chased.
 */
@Service
public class ProgressChasing {

  /** Longest excerpt of a practice's text in a notice, in characters. */
  static final int EXCERPT = 60;

  private final Plans plans;
  private final ChaseStore store;
  private final Organisation organisation;
  private final StaffNotices notices;
  private final MonitoringSettings settings;
  private final Clock clock;

  ProgressChasing(
      Plans plans,
      ChaseStore store,
      Organisation organisation,
      StaffNotices notices,
      MonitoringSettings settings,
      Clock clock) {
    this.plans = plans;
    this.store = store;
    this.organisation = organisation;
    this.notices = notices;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A practice and unit without a report for the period.
   *
   * @param chasedAt when it was chased, if it was
   * @param chasedBy who chased it; {@code null} for the daily task or when not chased
   * @param notified how many unit heads the chase told
   */
  public record Missing(
      Practice practice,
      String unitCode,
      @Nullable Instant chasedAt,
      @Nullable String chasedBy,
      int notified) {}

  /**
   * The missing pairs of plan {@code planId} for {@code period}, in document order; empty while the
   * period's last day has not passed.
   */
  @Transactional(readOnly = true)
  public List<Missing> unreported(StaffPrincipal viewer, long planId, ReportingPeriod period) {
    return unreported(plans.get(viewer, planId), period);
  }

  List<Missing> unreported(Plan plan, ReportingPeriod period) {
    if (!period.last().isBefore(LocalDate.now(clock))) {
      return List.of();
    }
    List<String> units =
        organisation.units(new AgencyCode(plan.agencyCode())).stream().map(Unit::code).toList();
    Set<String> reported = store.reported(plan.id(), period.code());
    Map<String, ChaseStore.Chase> chases = store.chases(plan.id(), period.code());
    List<Missing> missing = new ArrayList<>();
    for (Practice practice : plan.content().practices()) {
      for (String unit : ReportingRules.unitsOf(practice, units)) {
        String key = ChaseStore.key(practice.id(), unit);
        if (!reported.contains(key)) {
          ChaseStore.Chase chase = chases.get(key);
          missing.add(
              new Missing(
                  practice,
                  unit,
                  chase == null ? null : chase.at(),
                  chase == null ? null : chase.by(),
                  chase == null ? 0 : chase.notified()));
        }
      }
    }
    return missing;
  }

  /**
   * "Chase now": the quality officer of the plan's agency chases the missing pairs of an ended
   * period that were not chased yet.
   *
   * @return how many pairs were chased now
   */
  @Transactional
  public int chase(StaffPrincipal actor, long planId, ReportingPeriod period) {
    Plan plan = plans.get(actor, planId);
    if (!actor.has(Role.QUALITY_OFFICER) || !actor.agencyCode().value().equals(plan.agencyCode())) {
      throw new ForbiddenException("monitoring.error.forbidden");
    }
    if (!ReportingRules.chasing(plan.status())) {
      throw new ConflictException("monitoring.error.not-in-execution");
    }
    if (!period.last().isBefore(LocalDate.now(clock))) {
      throw new ConflictException("monitoring.error.period-not-ended");
    }
    return chase(plan, period, actor.getUsername());
  }

  /** The plans the daily task chases on {@code today}: in execution, of this year or last. */
  @Transactional(readOnly = true)
  public List<Long> plansInExecution(LocalDate today) {
    return store.inExecution(today.getYear() - 1);
  }

  /**
   * The daily chase of one plan: every ended period of its year, as of {@code today}. A plan of a
   * year before last is left alone: its reports are more than a year overdue and chasing them every
   * morning would bury the units' notices (its quality officer can still chase now).
   *
   * @return how many pairs were chased now
   */
  @Transactional
  public int chaseDaily(long planId, LocalDate today) {
    Plan plan = plans.byId(planId).orElse(null);
    if (plan == null
        || !ReportingRules.chasing(plan.status())
        || plan.year() < today.getYear() - 1) {
      return 0;
    }
    int chased = 0;
    for (ReportingPeriod period :
        ReportingRules.ended(plan.year(), settings.reportingPeriod(), today)) {
      chased += chase(plan, period, null);
    }
    return chased;
  }

  private int chase(Plan plan, ReportingPeriod period, @Nullable String by) {
    AgencyCode agency = new AgencyCode(plan.agencyCode());
    List<Unit> units = organisation.units(agency);
    Instant now = clock.instant();
    int chased = 0;
    for (Missing m : unreported(plan, period)) {
      if (m.chasedAt() != null
          || !store.claim(plan.id(), m.practice().id(), m.unitCode(), period.code(), now, by)) {
        continue;
      }
      chased++;
      Unit unit =
          units.stream().filter(u -> u.code().equals(m.unitCode())).findFirst().orElseThrow();
      int told = tellUnitHeads(plan, period, m, agency, unit);
      store.notified(plan.id(), m.practice().id(), m.unitCode(), period.code(), told);
    }
    return chased;
  }

  /** Posts the unit's heads a notice that the practice's report is due; how many were posted. */
  private int tellUnitHeads(
      Plan plan, ReportingPeriod period, Missing m, AgencyCode agency, Unit unit) {
    int told = 0;
    for (String head : organisation.usernamesHolding(agency, unit.id(), Role.UNIT_HEAD)) {
      told +=
          notices.post(
                  new StaffNotice(
                      head,
                      agency,
                      StaffNoticeKind.PLAN_PROGRESS_DUE,
                      null,
                      List.of(
                          period.code(),
                          excerpt(m.practice().text()),
                          plan.title(),
                          String.valueOf(plan.id())),
                      "plan-progress:"
                          + plan.id()
                          + ":"
                          + m.practice().id()
                          + ":"
                          + m.unitCode()
                          + ":"
                          + period.code()))
              ? 1
              : 0;
    }
    return told;
  }

  static String excerpt(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.codePointCount(0, line.length()) <= EXCERPT
        ? line
        : line.substring(0, line.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
