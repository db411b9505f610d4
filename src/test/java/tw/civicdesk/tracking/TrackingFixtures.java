// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A published service and a case of 王小明 under it, filed online and moved through {@link CaseWork}:
 * assigned by unit head {@code <agency>.head-secret} to officer {@code <agency>.officer-secret}
 * (both named {@value TestOrganisation#MEMBER_NAME}), supplement requested (戶籍謄本, 存摺封面影本),
 * supplied, extended (需會勘現場) — with internal notes and staff who must never reach the public.
 */
final class TrackingFixtures {

  private TrackingFixtures() {}

  /** The username of the officer the cases of {@code number}'s agency are assigned to. */
  static String officer(CaseNumber number) {
    return TestOrganisation.username(number.agency(), "officer-secret");
  }

  /** The username of the unit head who assigns and extends the cases of that agency. */
  static String head(CaseNumber number) {
    return TestOrganisation.username(number.agency(), "head-secret");
  }

  static CaseNumber aCaseWithHistory(ApplicationContext context, String agencyName) {
    return aCaseWithHistory(context, TestOrganisation.from(context).agency(agencyName, null));
  }

  /** Such a case at {@code agency}, which may sit below another agency. */
  static CaseNumber aCaseWithHistory(ApplicationContext context, TestOrganisation.Setup agency) {
    return aCaseWithHistory(context, agency, "wang@example.tw");
  }

  /** Such a case of a new agency, 王小明 having given {@code email} for notices. */
  static CaseNumber aCaseWithHistory(ApplicationContext context, String agencyName, String email) {
    return aCaseWithHistory(
        context, TestOrganisation.from(context).agency(agencyName, null), email);
  }

  /** A new case of 王小明, who gave {@code email} for notices, under a new agency's service. */
  static CaseNumber aCaseFiledBy(ApplicationContext context, String agencyName, String email) {
    return file(context, TestOrganisation.from(context).agency(agencyName, null), email);
  }

  private static CaseNumber file(
      ApplicationContext context, TestOrganisation.Setup agency, String email) {
    ServiceCode code = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    Applicant applicant =
        new Applicant(
            "王小明", null, email, null, null, Locale.TRADITIONAL_CHINESE, Applicant.NotifyBy.EMAIL);
    return CaseFixtures.of(context, agency, code)
        .fileOnline(applicant, LocalDate.now(context.getBean(Clock.class)))
        .number();
  }

  private static CaseNumber aCaseWithHistory(
      ApplicationContext context, TestOrganisation.Setup agency, String email) {
    CaseWork work = context.getBean(CaseWork.class);
    CaseNumber number = file(context, agency, email);
    int version = waiting(context, agency, number).version();
    version =
        work.supply(
                staff(context, agency, "officer-secret", Role.CASE_OFFICER),
                new CaseCommand.Supply(number, version, null))
            .version();
    work.extend(
        staff(context, agency, "head-secret", Role.UNIT_HEAD),
        new CaseCommand.Extend(number, version, 3, TimeLimit.Unit.WORKING_DAYS, "需會勘現場"));
    return number;
  }

  /**
   * A new case of 王小明 at a new agency, assigned, started and now waiting for documents: the officer
   * asked for 戶籍謄本 and 存摺封面影本.
   */
  static CaseNumber aCaseAwaitingDocuments(ApplicationContext context, String agencyName) {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency(agencyName, null);
    CaseNumber number = file(context, agency, "wang@example.tw");
    waiting(context, agency, number);
    return number;
  }

  /** Assigns, starts and asks for documents on {@code number}; answers the last step. */
  private static CaseWork.Stepped waiting(
      ApplicationContext context, TestOrganisation.Setup agency, CaseNumber number) {
    CaseWork work = context.getBean(CaseWork.class);
    StaffPrincipal head = staff(context, agency, "head-secret", Role.UNIT_HEAD);
    StaffPrincipal officer = staff(context, agency, "officer-secret", Role.CASE_OFFICER);
    int version =
        work.assign(head, new CaseCommand.Assign(number, 0, officer.getUsername())).version();
    version = work.start(officer, new CaseCommand.Start(number, version)).version();
    return work.requestSupplement(
        officer, new CaseCommand.RequestSupplement(number, version, List.of("戶籍謄本", "存摺封面影本"), 7));
  }

  private static StaffPrincipal staff(
      ApplicationContext context, TestOrganisation.Setup agency, String tag, Role role) {
    return TestOrganisation.from(context).member(agency, agency.unit().id(), tag, role);
  }
}
