// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.internal.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Cases for the dashboard tests, driven through the real case work on a clock the test moves:
 * three cases in February 2026 (one decided on time and closed, one decided late, one extended
 * and still open) and, relative to the application's today, one case due soon, one due later and
 * one overdue — all assigned to the agency's case officer.
 */
final class DashboardFixtures {

  static final String FEB = "2026-02";
  static final Actor HEAD = Actor.staff(Party.UNIT_HEAD, "head");

  private final TransactionTemplate tx;
  private final ManualClock clock = ManualClock.on("2026-02-02");
  private final CaseEngine work;
  private final LocalDate today;
  private final TestOrganisation.Setup agency;
  private final Actor officer;

  Case onTime;
  Case late;
  Case extended;
  Case dueSoon;
  Case dueLater;
  Case overdue;

  DashboardFixtures(ApplicationContext context, TestOrganisation.Setup agency) {
    this.tx = context.getBean(TransactionTemplate.class);
    this.work = CaseWorkAt.of(context, clock);
    this.today = LocalDate.now(context.getBean(Clock.class));
    this.agency = agency;
    this.officer = Actor.staff(Party.CASE_OFFICER, agency.username(Role.CASE_OFFICER));
  }

  /** Files and works every case; returns this. */
  DashboardFixtures all() {
    onTime = started(file("2026-02-02", TimeLimit.workingDays(3)));
    onTime = step(onTime, "2026-02-03", (k, x) -> k.decide(officer, Decision.APPROVED, "符合",
        null, x.now()));
    onTime = step(onTime, "2026-02-04", (k, x) -> k.close(officer, x.now()));
    late = started(file("2026-02-02", TimeLimit.workingDays(3)));
    late = step(late, "2026-02-10", (k, x) -> k.decide(officer, Decision.REJECTED, "不符",
        "訴願", x.now()));
    extended = started(file("2026-02-03", TimeLimit.workingDays(3)));
    extended = step(extended, "2026-02-04", (k, x) -> k.extend(HEAD,
        TimeLimit.workingDays(2), "需會勘", x.today(), x.calendar(), x.now()));
    dueSoon = assigned(file(today.toString(), TimeLimit.workingDays(1)));
    dueLater = assigned(file(today.toString(), TimeLimit.workingDays(15)));
    overdue = assigned(file(today.minusDays(40).toString(), TimeLimit.workingDays(3)));
    return this;
  }

  private Case file(String day, TimeLimit limit) {
    clock.moveTo(day);
    return tx.execute(s -> work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.COUNTER,
        agency.code(), agency.unit().id(), new ServiceRef(new ServiceCode("DASH-SERVICE"), 1),
        limit, LocalDate.parse(day), null, null, Map.of(), CaseLinks.NONE), HEAD));
  }

  private Case assigned(Case c) {
    return step(c, null, (k, x) -> k.assign(HEAD, officer.who(), x.now()));
  }

  private Case started(Case c) {
    Case a = assigned(c);
    return step(a, null, (k, x) -> k.start(officer, x.now()));
  }

  private Case step(Case c, String day, CaseEngine.Step step) {
    if (day != null) {
      clock.moveTo(day);
    }
    return tx.execute(s -> work.act(c.number(), c.version(), c.agency(), step));
  }
}
