// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Drafts.StaffDraft;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.organisation.UnitKind;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * An agency with two units (U1 from {@link TestOrganisation}, U2 with its own unit head and case
 * officer) and a plan in execution for {@code year} with three practices: {@code pa} for U1 with
 * the hand-entered indicator {@code ia}, {@code pb} for every unit, {@code pc} for U2 only.
 */
public final class MonitoringFixtures {

  public final Setup agency;
  final Unit u2;
  final StaffPrincipal u2Head;
  final StaffPrincipal u2Officer;
  public final Plan plan;

  private MonitoringFixtures(
      Setup agency, Unit u2, StaffPrincipal u2Head, StaffPrincipal u2Officer, Plan plan) {
    this.agency = agency;
    this.u2 = u2;
    this.u2Head = u2Head;
    this.u2Officer = u2Officer;
    this.plan = plan;
  }

  public static MonitoringFixtures create(
      ApplicationContext context, String prefix, @Nullable AgencyCode parent, int year) {
    Setup agency = TestOrganisation.from(context).agency(prefix, parent);
    OrganisationAdministration admin = context.getBean(OrganisationAdministration.class);
    Organisation organisation = context.getBean(Organisation.class);
    StaffPrincipal administrator = agency.as(Role.AGENCY_ADMIN);
    Unit u2 =
        admin.createUnit(
            administrator,
            agency.code(),
            new UnitDraft("U2", new BilingualText("社會課", "Social affairs"), UnitKind.SECTION));
    String base = agency.code().value().toLowerCase(Locale.ROOT);
    for (Role role : List.of(Role.UNIT_HEAD, Role.CASE_OFFICER)) {
      String username = base + ".u2-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
      context
          .getBean(tw.civicdesk.organisation.StaffAccounts.class)
          .create(
              administrator,
              agency.code(),
              new StaffDraft(
                  username, "陳小華", username + "@example.invalid", u2.id(), EnumSet.of(role), true),
              TestOrganisation.PASSWORD);
    }
    StaffPrincipal head = organisation.accountForSignIn(base + ".u2-unit-head").orElseThrow();
    StaffPrincipal officer = organisation.accountForSignIn(base + ".u2-case-officer").orElseThrow();
    Plans plans = context.getBean(Plans.class);
    StaffPrincipal qo = agency.as(Role.QUALITY_OFFICER);
    Plan plan =
        plans.create(
            qo,
            new Plans.NewPlan(
                agency.code().value(),
                year,
                PlanKind.PLAN,
                year + "年度提升服務品質執行計畫",
                null,
                content()));
    plan =
        plans.take(
            agency.as(Role.AGENCY_HEAD), plan.id(), plan.version(), PlanAction.APPROVE, null);
    plan = plans.take(qo, plan.id(), plan.version(), PlanAction.START, null);
    return new MonitoringFixtures(agency, u2, head, officer, plan);
  }

  public static PlanContent content() {
    List<Practice> practices =
        List.of(
            new Practice(
                "pa",
                "定期辦理公文稽催管制",
                Deadline.ONGOING,
                List.of("U1"),
                null,
                List.of(new IndicatorTarget("ia", "稽催件數", "件", new BigDecimal("12"), true, null))),
            new Practice(
                "pb",
                "提供線上表單以供下載",
                Deadline.on(LocalDate.of(2026, 6, 30)),
                List.of(Practice.ALL_UNITS),
                null,
                List.of()),
            new Practice("pc", "辦理社福櫃台服務禮儀訓練", Deadline.ONGOING, List.of("U2"), null, List.of()));
    PlanNode item =
        new PlanNode("n1", NodeKind.ITEM, "服務流程", "01.01", 200, null, List.of(), practices);
    return new PlanContent(
        List.of(), List.of("全面提升為民服務品質"), List.of(), List.of("指標"), List.of(item), List.of());
  }

  public StaffPrincipal u1(Role role) {
    return agency.as(role);
  }

  /** A submission of {@code practice} for {@code unit} and {@code period}, with no figures. */
  public static ProgressReports.Submission report(
      String practice, String unit, String period, @Nullable Integer version) {
    return new ProgressReports.Submission(
        practice,
        unit,
        period,
        ProgressStatus.ON_TRACK,
        "已完成第一季教育訓練",
        Map.of(),
        List.of("https://example.gov.tw/evidence"),
        List.of(),
        version);
  }

  public static ProgressReports reports(ApplicationContext c, Clock clock) {
    return new ProgressReports(
        c.getBean(Plans.class),
        c.getBean(ProgressStore.class),
        c.getBean(Organisation.class),
        c.getBean(MonitoringSettings.class),
        clock);
  }

  static ProgressChasing chasing(ApplicationContext c, Clock clock) {
    return new ProgressChasing(
        c.getBean(Plans.class),
        c.getBean(ChaseStore.class),
        c.getBean(Organisation.class),
        c.getBean(StaffNotices.class),
        c.getBean(MonitoringSettings.class),
        clock);
  }

  static SpotChecks spotChecks(ApplicationContext c, Clock clock) {
    return new SpotChecks(
        c.getBean(Plans.class), c.getBean(SpotCheckStore.class), reports(c, clock), clock);
  }
}
