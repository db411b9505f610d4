// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * An agency whose console homes have something to show, filed and moved through the one door of
 * case work: a case the clerk filed today, one assigned to the officer and long overdue, and one
 * received a while ago that nobody took.
 */
public final class ConsoleHomeFixtures {

  /** A service code that is not in the catalogue: the home must not show it. */
  public static final String SERVICE = "HOME-TEST-SERVICE";

  private final CaseWork work;
  private final Clock clock;

  public ConsoleHomeFixtures(ApplicationContext context) {
    this.work = context.getBean(CaseWork.class);
    this.clock = context.getBean(Clock.class);
  }

  /** The three cases of the class comment, in {@code agency}'s unit. */
  public Cases fill(TestOrganisation.Setup agency) {
    String clerk = agency.username(Role.COUNTER_CLERK);
    CaseNumber today = file(agency, 0, clerk);
    CaseNumber late = file(agency, 40, clerk);
    work.assign(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Assign(late, 0, agency.username(Role.CASE_OFFICER)));
    CaseNumber waiting = file(agency, 3, clerk);
    return new Cases(today, late, waiting);
  }

  /** A case filed today at {@code agency}'s counter by the clerk {@code clerk} (a username). */
  public CaseNumber fileBy(TestOrganisation.Setup agency, String clerk) {
    return file(agency, 0, clerk);
  }

  private CaseNumber file(TestOrganisation.Setup agency, int daysAgo, String clerk) {
    LocalDate received = LocalDate.now(clock).minusDays(daysAgo);
    return work.file(
            CaseCommand.File.application(
                Channel.COUNTER,
                agency.code(),
                agency.unit().id(),
                new ServiceCode(SERVICE),
                1,
                TimeLimit.workingDays(6),
                received,
                null,
                null,
                Map.of(),
                clerk))
        .number();
  }

  /** What {@link #fill} made. */
  public record Cases(CaseNumber filedToday, CaseNumber overdue, CaseNumber unassigned) {}
}
