// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.monitoring.ProgressReports.Decision;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Monitoring stays within reach: another agency is told "not found"; a quality officer of the
 * supervising agency reads the progress of the agencies below but changes nothing.
 */
@IntegrationTest
class MonitoringScopingTests {

  @Autowired ApplicationContext context;
  @Autowired TransactionTemplate tx;

  ManualClock clock;
  TestOrganisation.Setup county;
  TestOrganisation.Setup stranger;
  MonitoringFixtures f;
  ProgressReports reports;
  ProgressReport report;

  @BeforeEach
  void agencies() {
    clock = ManualClock.on("2026-04-08");
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("MSCOUNTY", null);
    stranger = orgs.agency("MSOTHER", null);
    f = MonitoringFixtures.create(context, "MSTOWN", county.code(), 2026);
    reports = MonitoringFixtures.reports(context, clock);
    report =
        tx.execute(
            t ->
                reports.submit(
                    f.u1(Role.UNIT_HEAD),
                    f.plan.id(),
                    MonitoringFixtures.report("pa", "U1", "2026-Q1", null)));
  }

  @Test
  void staffOfAnotherAgencyFindNothing() {
    for (Role role : List.of(Role.QUALITY_OFFICER, Role.UNIT_HEAD, Role.AGENCY_HEAD)) {
      StaffPrincipal outsider = stranger.as(role);
      assertThatThrownBy(() -> reports.reports(outsider, f.plan.id()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () ->
                  reports.submit(
                      outsider,
                      f.plan.id(),
                      MonitoringFixtures.report("pa", "U1", "2026-Q1", report.version())))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () ->
                  reports.review(
                      outsider, f.plan.id(), report.id(), report.version(), Decision.ACCEPT, null))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () ->
                  MonitoringFixtures.chasing(context, clock)
                      .unreported(outsider, f.plan.id(), ReportingPeriod.parse("2026-Q1")))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(
              () -> MonitoringFixtures.spotChecks(context, clock).checks(outsider, f.plan.id()))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void theSupervisingQualityOfficerReadsButCannotChangeAnything() {
    StaffPrincipal supervisor = county.as(Role.QUALITY_OFFICER);
    assertThat(reports.reports(supervisor, f.plan.id()))
        .extracting(ProgressReport::id)
        .containsExactly(report.id());
    assertThat(reports.queue(supervisor, f.plan.id())).hasSize(1);
    assertThatThrownBy(
            () ->
                reports.review(
                    supervisor, f.plan.id(), report.id(), report.version(), Decision.ACCEPT, null))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                reports.submit(
                    supervisor,
                    f.plan.id(),
                    MonitoringFixtures.report("pb", "U1", "2026-Q1", null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                MonitoringFixtures.chasing(context, clock)
                    .chase(supervisor, f.plan.id(), ReportingPeriod.parse("2026-Q1")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                MonitoringFixtures.spotChecks(context, clock)
                    .record(
                        supervisor,
                        f.plan.id(),
                        new SpotChecks.NewCheck(
                            "2026-04-08", "x", "y", null, null, false, List.of())))
        .isInstanceOf(ForbiddenException.class);
    assertThat(reports.report(supervisor, f.plan.id(), report.id()).reviewState())
        .isEqualTo(ReviewState.SUBMITTED);
    assertThatThrownBy(() -> reports.reports(county.as(Role.UNIT_HEAD), f.plan.id()))
        .as("only the quality officer of the county reads below")
        .isInstanceOf(NotFoundException.class);
  }
}
