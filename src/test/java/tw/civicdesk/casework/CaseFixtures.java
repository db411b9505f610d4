// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Cases for tests of other modules, filed and moved through the published door ({@link
 * CaseWork}) exactly as the application does it: an application of a {@link TestOrganisation}
 * agency, assigned by its unit head and started by its officer.
 */
public final class CaseFixtures {

  private final CaseWork work;
  private final TestOrganisation.Setup agency;
  private final ServiceCode service;

  private CaseFixtures(CaseWork work, TestOrganisation.Setup agency, ServiceCode service) {
    this.work = work;
    this.agency = agency;
    this.service = service;
  }

  /**
   * Fixtures for {@code agency}'s applications of version 1 of {@code service} (the service
   * must be published for receipts and notices to name it; case work itself does not check).
   */
  public static CaseFixtures of(ApplicationContext context, TestOrganisation.Setup agency,
      ServiceCode service) {
    return new CaseFixtures(context.getBean(CaseWork.class), agency, service);
  }

  /** An applicant who wants notices by e-mail at {@code email}, in {@code language}. */
  public static Applicant byEmail(String email, Locale language) {
    return new Applicant("王小明", null, email, "0912345678", null, language,
        Applicant.NotifyBy.EMAIL);
  }

  /** Files an application received today online, by {@code applicant} (or nobody). */
  public CaseWork.Filed fileOnline(@Nullable Applicant applicant, LocalDate today) {
    return work.file(CaseCommand.File.application(Channel.ONLINE, agency.code(),
        agency.unit().id(), service, 1, TimeLimit.workingDays(6), today, null, applicant,
        Map.of(), null));
  }

  /** Files an application at the counter, received on {@code receivedOn}, by its clerk. */
  public CaseWork.Filed fileAtCounter(@Nullable Applicant applicant, LocalDate receivedOn,
      TimeLimit limit) {
    return work.file(CaseCommand.File.application(Channel.COUNTER, agency.code(),
        agency.unit().id(), service, 1, limit, receivedOn, null, applicant, Map.of(),
        agency.username(Role.COUNTER_CLERK)));
  }

  /** Assigns case {@code number} (at version 0) to the officer, who starts it. */
  public CaseWork.Stepped inProgress(CaseNumber number) {
    CaseWork.Stepped assigned = work.assign(agency.as(Role.UNIT_HEAD),
        new CaseCommand.Assign(number, 0, agency.username(Role.CASE_OFFICER)));
    return work.start(agency.as(Role.CASE_OFFICER),
        new CaseCommand.Start(number, assigned.version()));
  }

  /** The facade, for the test's own steps. */
  public CaseWork work() {
    return work;
  }
}
