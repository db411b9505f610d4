// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Cases for the dashboard tests, driven through the one door of case work on a clock the test
 * moves: three cases in February 2026 (one decided on time and closed, one decided late, one
 * extended and still open) and, relative to the application's today, one case due soon, one due
 * later and one overdue — all filed by the agency's counter clerk and assigned by its unit head to
 * its case officer.
 */
final class DashboardFixtures {

  static final String FEB = "2026-02";

  private final ManualClock clock = ManualClock.on("2026-02-02");
  private final CaseWork work;
  private final LocalDate today;
  private final TestOrganisation.Setup agency;
  private final StaffPrincipal officer;

  CaseNumber onTime;
  CaseNumber late;
  CaseNumber extended;
  CaseNumber dueSoon;
  CaseNumber dueLater;
  CaseNumber overdue;

  DashboardFixtures(ApplicationContext context, TestOrganisation.Setup agency) {
    this.work = CaseWorkAt.of(context, clock);
    this.today = LocalDate.now(context.getBean(Clock.class));
    this.agency = agency;
    this.officer = agency.as(Role.CASE_OFFICER);
  }

  /** Files and works every case; returns this. */
  DashboardFixtures all() {
    onTime = file("2026-02-02", TimeLimit.workingDays(3));
    int version = started(onTime);
    clock.moveTo("2026-02-03");
    version =
        work.decide(officer, new CaseCommand.Decide(onTime, version, Decision.APPROVED, "符合", null))
            .version();
    clock.moveTo("2026-02-04");
    work.close(officer, new CaseCommand.Close(onTime, version));
    late = file("2026-02-02", TimeLimit.workingDays(3));
    version = started(late);
    clock.moveTo("2026-02-10");
    work.decide(officer, new CaseCommand.Decide(late, version, Decision.REJECTED, "不符", "訴願"));
    extended = file("2026-02-03", TimeLimit.workingDays(3));
    version = started(extended);
    clock.moveTo("2026-02-04");
    work.extend(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Extend(extended, version, 2, TimeLimit.Unit.WORKING_DAYS, "需會勘"));
    dueSoon = file(today.toString(), TimeLimit.workingDays(1));
    assigned(dueSoon);
    dueLater = file(today.toString(), TimeLimit.workingDays(15));
    assigned(dueLater);
    overdue = file(today.minusDays(40).toString(), TimeLimit.workingDays(3));
    assigned(overdue);
    return this;
  }

  private CaseNumber file(String day, TimeLimit limit) {
    clock.moveTo(day);
    return work.file(
            CaseCommand.File.application(
                Channel.COUNTER,
                agency.code(),
                agency.unit().id(),
                new ServiceCode("DASH-SERVICE"),
                1,
                limit,
                LocalDate.parse(day),
                null,
                null,
                Map.of(),
                agency.username(Role.COUNTER_CLERK)))
        .number();
  }

  /** Assigns the new case {@code c} to the officer; answers its version. */
  private int assigned(CaseNumber c) {
    return work.assign(
            agency.as(Role.UNIT_HEAD), new CaseCommand.Assign(c, 0, officer.getUsername()))
        .version();
  }

  /** Assigns the new case {@code c} to the officer, who starts it; answers its version. */
  private int started(CaseNumber c) {
    return work.start(officer, new CaseCommand.Start(c, assigned(c))).version();
  }
}
