// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Files cases and moves them along through the one door of case work, for the list and API tests:
 * filed at the counter by {@value #CLERK} unless a clerk is named, assigned by the agency's unit
 * head, worked by the officer they are given.
 */
final class CaseListFixtures {

  /** A counter clerk's username that is no test agency's staff: filing reaches nobody. */
  static final String CLERK = "clerk";

  private final CaseWork work;
  private final Clock clock;
  private final TestOrganisation organisation;

  CaseListFixtures(ApplicationContext context) {
    this.work = context.getBean(CaseWork.class);
    this.clock = context.getBean(Clock.class);
    this.organisation = TestOrganisation.from(context);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A case received {@code daysAgo} days ago in {@code unitId}, due {@code limit} after. */
  CaseNumber file(
      TestOrganisation.Setup agency,
      long unitId,
      String service,
      Channel channel,
      TimeLimit limit,
      int daysAgo) {
    return file(agency, unitId, service, channel, limit, daysAgo, CLERK);
  }

  /** As above, filed by the counter clerk {@code clerk} (a username). */
  CaseNumber file(
      TestOrganisation.Setup agency,
      long unitId,
      String service,
      Channel channel,
      TimeLimit limit,
      int daysAgo,
      String clerk) {
    return work.file(
            CaseCommand.File.application(
                channel,
                agency.code(),
                unitId,
                new ServiceCode(service),
                1,
                limit,
                today().minusDays(daysAgo),
                null,
                null,
                Map.of(),
                clerk))
        .number();
  }

  /** A counter case of today in {@code unitId}, filed by the counter clerk {@code clerk}. */
  CaseNumber fileBy(TestOrganisation.Setup agency, long unitId, String clerk) {
    return file(
        agency, unitId, "LIST-SERVICE", Channel.COUNTER, TimeLimit.workingDays(6), 0, clerk);
  }

  CaseNumber file(TestOrganisation.Setup agency, long unitId) {
    return file(agency, unitId, "LIST-SERVICE", Channel.COUNTER, TimeLimit.workingDays(6), 0);
  }

  /** Another case officer of {@code agency}'s unit, named {@code tag}. */
  StaffPrincipal colleague(TestOrganisation.Setup agency, String tag) {
    return organisation.member(agency, agency.unit().id(), tag, Role.CASE_OFFICER);
  }

  /** The unit head assigns the new case {@code c} (at version 0) to {@code officer}. */
  CaseWork.Stepped assign(TestOrganisation.Setup agency, CaseNumber c, String officer) {
    return work.assign(agency.as(Role.UNIT_HEAD), new CaseCommand.Assign(c, 0, officer));
  }

  /** Assigned to {@code officer}, started, and waiting for a supplement (no due date). */
  CaseWork.Stepped awaitingSupplement(
      TestOrganisation.Setup agency, CaseNumber c, StaffPrincipal officer) {
    int version = started(agency, c, officer);
    return work.requestSupplement(
        officer, new CaseCommand.RequestSupplement(c, version, List.of("戶籍謄本"), 7));
  }

  /** Assigned, started, approved and closed by {@code officer}. */
  CaseWork.Stepped closed(TestOrganisation.Setup agency, CaseNumber c, StaffPrincipal officer) {
    int version = started(agency, c, officer);
    version =
        work.decide(officer, new CaseCommand.Decide(c, version, Decision.APPROVED, "符合規定", null))
            .version();
    return work.close(officer, new CaseCommand.Close(c, version));
  }

  private int started(TestOrganisation.Setup agency, CaseNumber c, StaffPrincipal officer) {
    int version = assign(agency, c, officer.getUsername()).version();
    return work.start(officer, new CaseCommand.Start(c, version)).version();
  }
}
