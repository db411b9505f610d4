// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * An agency whose console homes have something to show: a case the clerk filed today, one
 * assigned to the officer and long overdue, and one received a while ago that nobody took.
 */
public final class ConsoleHomeFixtures {

  /** A service code that is not in the catalogue: the home must not show it. */
  public static final String SERVICE = "HOME-TEST-SERVICE";

  private final CaseEngine work;
  private final Clock clock;

  public ConsoleHomeFixtures(ApplicationContext context) {
    this.work = context.getBean(CaseEngine.class);
    this.clock = context.getBean(Clock.class);
  }

  /** The three cases of the class comment, in {@code agency}'s unit. */
  public Cases fill(TestOrganisation.Setup agency) {
    String clerk = agency.username(Role.COUNTER_CLERK);
    String officer = agency.username(Role.CASE_OFFICER);
    Case today = file(agency, 0, Actor.staff(Party.COUNTER_CLERK, clerk));
    Case late = file(agency, 40, Actor.staff(Party.COUNTER_CLERK, clerk));
    late = work.act(late.number(), late.version(), late.agency(), (k, ctx) -> k.assign(
        Actor.staff(Party.UNIT_HEAD, agency.username(Role.UNIT_HEAD)), officer, ctx.now()));
    Case waiting = file(agency, 3, Actor.staff(Party.COUNTER_CLERK, clerk));
    return new Cases(today, late, waiting);
  }

  /** A case filed today at {@code agency}'s counter by {@code by}. */
  public Case fileBy(TestOrganisation.Setup agency, Actor by) {
    return file(agency, 0, by);
  }

  private Case file(TestOrganisation.Setup agency, int daysAgo, Actor by) {
    LocalDate received = LocalDate.now(clock).minusDays(daysAgo);
    return work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.COUNTER, agency.code(),
        agency.unit().id(), new ServiceRef(new ServiceCode(SERVICE), 1),
        TimeLimit.workingDays(6), received, null, null, Map.of(), CaseLinks.NONE), by);
  }

  /** What {@link #fill} made. */
  public record Cases(Case filedToday, Case overdue, Case unassigned) {}
}
