// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A published service and a case of 王小明 under it: assigned to officer {@code officer.secret},
 * supplement requested (戶籍謄本, 存摺封面影本), supplied, extended (需會勘現場) — with internal
 * notes that must never reach the public.
 */
final class TrackingFixtures {

  static final String OFFICER = "officer.secret";

  private TrackingFixtures() {}

  static CaseNumber aCaseWithHistory(ApplicationContext context, String agencyName) {
    return aCaseWithHistory(context, TestOrganisation.from(context).agency(agencyName, null));
  }

  /** Such a case at {@code agency}, which may sit below another agency. */
  static CaseNumber aCaseWithHistory(ApplicationContext context, TestOrganisation.Setup agency) {
    return aCaseWithHistory(context, agency, "wang@example.tw");
  }

  /** Such a case of a new agency, 王小明 having given {@code email} for notices. */
  static CaseNumber aCaseWithHistory(ApplicationContext context, String agencyName,
      String email) {
    return aCaseWithHistory(context, TestOrganisation.from(context).agency(agencyName, null),
        email);
  }

  /** A new case of 王小明, who gave {@code email} for notices, under a new agency's service. */
  static CaseNumber aCaseFiledBy(ApplicationContext context, String agencyName, String email) {
    return file(context, TestOrganisation.from(context).agency(agencyName, null), email).number();
  }

  private static Case file(ApplicationContext context, TestOrganisation.Setup agency,
      String email) {
    ServiceCode code = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    Applicant applicant = new Applicant("王小明", null, email, null, null,
        Locale.TRADITIONAL_CHINESE, Applicant.NotifyBy.EMAIL);
    return context.getBean(CaseEngine.class).file(new CaseEngine.Filing(CaseKind.APPLICATION,
        Channel.ONLINE, agency.code(), agency.unit().id(), new ServiceRef(code, 1),
        TimeLimit.workingDays(6), LocalDate.now(context.getBean(java.time.Clock.class)), null,
        applicant, Map.of(), CaseLinks.NONE), Actor.applicant());
  }

  private static CaseNumber aCaseWithHistory(ApplicationContext context,
      TestOrganisation.Setup agency, String email) {
    CaseEngine work = context.getBean(CaseEngine.class);
    Case c = file(context, agency, email);
    CaseNumber number = c.number();
    Actor head = Actor.staff(Party.UNIT_HEAD, "head.secret");
    Actor officer = Actor.staff(Party.CASE_OFFICER, OFFICER);
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.assign(head, OFFICER, x.now()));
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.start(officer, x.now()));
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.requestSupplement(officer,
        List.of("戶籍謄本", "存摺封面影本"), 7, x.today(), x.calendar(), x.now()));
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.supply(Actor.applicant(),
        x.today(), x.now(), null));
    work.act(number, c.version(), agency.code(), (k, x) -> k.extend(head,
        TimeLimit.workingDays(3), "需會勘現場", x.today(), x.calendar(), x.now()));
    return number;
  }

  /**
   * A new case of 王小明 at a new agency, assigned, started and now waiting for documents: the
   * officer asked for 戶籍謄本 and 存摺封面影本.
   */
  static CaseNumber aCaseAwaitingDocuments(ApplicationContext context, String agencyName) {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency(agencyName, null);
    CaseEngine work = context.getBean(CaseEngine.class);
    Case c = file(context, agency, "wang@example.tw");
    CaseNumber number = c.number();
    Actor officer = Actor.staff(Party.CASE_OFFICER, OFFICER);
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.assign(
        Actor.staff(Party.UNIT_HEAD, "head.secret"), OFFICER, x.now()));
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.start(officer, x.now()));
    work.act(number, c.version(), agency.code(), (k, x) -> k.requestSupplement(officer,
        List.of("戶籍謄本", "存摺封面影本"), 7, x.today(), x.calendar(), x.now()));
    return number;
  }
}
