// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.monitoring.MonitoringFixtures;
import tw.civicdesk.performance.monitoring.MonitoringSettings;
import tw.civicdesk.performance.monitoring.ProgressReport;
import tw.civicdesk.performance.monitoring.ProgressReports;
import tw.civicdesk.performance.monitoring.ProgressReports.Decision;
import tw.civicdesk.performance.monitoring.ProgressSource;
import tw.civicdesk.performance.plans.Plans;

/** The overview counts the same practice × unit pairs the unreported list does. */
@IntegrationTest
class PerformanceOverviewTests {

  @Autowired ApplicationContext context;
  @Autowired TransactionTemplate tx;

  @Test
  void aPracticeForEveryUnitCountsOncePerUnitAndOnlyAcceptedReportsCountAsAccepted() {
    Setup county = TestOrganisation.from(context).agency("OVC", null);
    MonitoringFixtures f = MonitoringFixtures.create(context, "OVT", county.code(), 2026);
    ManualClock clock = ManualClock.on("2026-05-04");
    ProgressReports reports = MonitoringFixtures.reports(context, clock);
    // pairs of 2026-Q2: pa/U1, pb/U1, pb/U2, pc/U2 — U1 reports both of its own, one accepted
    tx.execute(
        t ->
            reports.submit(
                f.u1(Role.UNIT_HEAD),
                f.plan.id(),
                MonitoringFixtures.report("pa", "U1", "2026-Q2", null)));
    ProgressReport pb =
        tx.execute(
            t ->
                reports.submit(
                    f.u1(Role.UNIT_HEAD),
                    f.plan.id(),
                    MonitoringFixtures.report("pb", "U1", "2026-Q2", null)));
    tx.execute(
        t ->
            reports.review(
                f.u1(Role.QUALITY_OFFICER),
                f.plan.id(),
                pb.id(),
                pb.version(),
                Decision.ACCEPT,
                null));

    PerformanceOverview overview =
        new PerformanceOverview(
            context.getBean(Plans.class),
            context.getBean(Evaluations.class),
            context.getBean(Organisation.class),
            context.getBean(ProgressSource.class),
            context.getBean(MonitoringSettings.class),
            clock);
    PerformanceOverview.Row row = overview.of(county.as(Role.QUALITY_OFFICER), 2026).get(0);

    assertThat(row.period()).isEqualTo("2026-Q2");
    assertThat(row.practices()).isEqualTo(3);
    assertThat(row.reported()).isEqualTo(2);
    assertThat(row.accepted()).isEqualTo(1);
    assertThat(row.unreported()).as("pb for U2 and pc").isEqualTo(2);
  }
}
