// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.organisation.UnitKind;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Joint handling opens child cases the parent waits for; a transfer opens the linked case at the
 * competent agency with the applicant; a duplicate is merged into the case that goes on.
 */
@IntegrationTest
class CaseLinkingTests {

  @Autowired CaseEngine work;
  @Autowired CaseLinking linking;
  @Autowired ApplicationContext context;

  TestOrganisation.Setup agency;
  Actor head;
  Actor officer;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("LINK", null);
    head = Actor.staff(Party.UNIT_HEAD, agency.username(Role.UNIT_HEAD));
    officer = Actor.staff(Party.CASE_OFFICER, agency.username(Role.CASE_OFFICER));
  }

  Case inProgress(TestOrganisation.Setup at, int workingDays) {
    Applicant applicant =
        new Applicant(
            "林小明", null, "lin@example.tw", null, null, Locale.TAIWAN, Applicant.NotifyBy.EMAIL);
    Case c =
        work.file(
            new CaseEngine.Filing(
                CaseKind.APPLICATION,
                Channel.COUNTER,
                at.code(),
                at.unit().id(),
                new ServiceRef(new ServiceCode("LINK-SERVICE"), 1),
                TimeLimit.workingDays(workingDays),
                LocalDate.now(java.time.ZoneId.of("Asia/Taipei")),
                null,
                applicant,
                Map.of("purpose", "SUBSIDY"),
                CaseLinks.NONE),
            Actor.staff(Party.COUNTER_CLERK, "clerk"));
    Actor h = Actor.staff(Party.UNIT_HEAD, at.username(Role.UNIT_HEAD));
    Actor o = Actor.staff(Party.CASE_OFFICER, at.username(Role.CASE_OFFICER));
    c = work.act(c.number(), c.version(), at.code(), (k, x) -> k.assign(h, o.who(), x.now()));
    return work.act(c.number(), c.version(), at.code(), (k, x) -> k.start(o, x.now()));
  }

  Unit secondUnit() {
    return context
        .getBean(OrganisationAdministration.class)
        .createUnit(
            agency.as(Role.AGENCY_ADMIN),
            agency.code(),
            new UnitDraft("WORKS", new BilingualText("建設課", "Works"), UnitKind.SECTION));
  }

  @Test
  void theParentIsDecidedOnlyOnceEveryChildIsDone() {
    Case parent = inProgress(agency, 10);
    Unit works = secondUnit();
    Case child =
        linking.requestJointHandling(
            parent.number(),
            parent.version(),
            agency.code(),
            officer,
            works.id(),
            TimeLimit.workingDays(3));
    assertThat(child.links().parent()).isEqualTo(parent.number());
    assertThat(child.unitId()).isEqualTo(works.id());
    assertThat(work.details(child.number(), agency.code()).fields())
        .containsEntry("purpose", "SUBSIDY");
    Case p = work.get(parent.number(), agency.code());
    assertThat(p.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(p.openChildren()).isEqualTo(1);
    assertThat(work.children(parent.number(), agency.code()))
        .extracting(CaseViews.Child::number)
        .containsExactly(child.number());

    assertThatThrownBy(
            () ->
                work.act(
                    p.number(),
                    p.version(),
                    agency.code(),
                    (k, x) -> k.decide(officer, Decision.APPROVED, "符合", null, x.now())))
        .isInstanceOf(CaseRuleViolated.class)
        .hasMessageContaining("casework.decision.children-open");

    Case c =
        work.act(
            child.number(),
            child.version(),
            agency.code(),
            (k, x) -> k.assign(head, officer.who(), x.now()));
    c = work.act(c.number(), c.version(), agency.code(), (k, x) -> k.start(officer, x.now()));
    work.act(
        c.number(),
        c.version(),
        agency.code(),
        (k, x) -> k.decide(officer, Decision.ANSWERED, "會辦意見：可行", null, x.now()));
    Case decided =
        work.act(
            p.number(),
            p.version(),
            agency.code(),
            (k, x) -> k.decide(officer, Decision.APPROVED, "符合", null, x.now()));
    assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
  }

  @Test
  void aChildCannotBeDueAfterItsParent() {
    Case parent = inProgress(agency, 3);
    Unit works = secondUnit();
    assertThatThrownBy(
            () ->
                linking.requestJointHandling(
                    parent.number(),
                    parent.version(),
                    agency.code(),
                    officer,
                    works.id(),
                    TimeLimit.workingDays(5)))
        .isInstanceOf(CaseRuleViolated.class)
        .hasMessageContaining("casework.joint.too-late");
    assertThat(work.children(parent.number(), agency.code())).isEmpty();
    assertThat(work.get(parent.number(), agency.code()).version()).isEqualTo(parent.version());
  }

  @Test
  void aTransferOpensTheLinkedCaseAtTheCompetentAgencyWithTheApplicant() {
    TestOrganisation.Setup competent = TestOrganisation.from(context).agency("LINKTO", null);
    Case c = inProgress(agency, 10);
    Case opened =
        linking.transfer(
            c.number(),
            c.version(),
            agency.code(),
            officer,
            competent.code(),
            competent.unit().id(),
            "非本所權責，依行政程序法第17條移送");
    assertThat(opened.agency()).isEqualTo(competent.code());
    assertThat(opened.links().transferredFrom()).isEqualTo(c.number());
    assertThat(opened.status()).isEqualTo(CaseStatus.RECEIVED);
    Case old = work.get(c.number(), agency.code());
    assertThat(old.status()).isEqualTo(CaseStatus.TRANSFERRED);
    assertThat(old.links().transferredTo()).isEqualTo(opened.number());
    assertThat(work.applicant(opened.number(), competent.as(Role.QUALITY_OFFICER)))
        .get()
        .extracting(Applicant::name)
        .isEqualTo("林小明");
    assertThatThrownBy(
            () ->
                linking.transfer(
                    old.number(),
                    old.version(),
                    agency.code(),
                    officer,
                    agency.code(),
                    agency.unit().id(),
                    "理由"))
        .isInstanceOf(CaseRuleViolated.class);
  }

  @Test
  void aDuplicateIsMergedIntoACaseOfTheSameAgencyOnly() {
    Case kept = inProgress(agency, 10);
    Case duplicate = inProgress(agency, 10);
    Case merged =
        linking.merge(
            duplicate.number(), duplicate.version(), agency.code(), officer, kept.number());
    assertThat(merged.status()).isEqualTo(CaseStatus.MERGED);
    assertThat(merged.links().mergedInto()).isEqualTo(kept.number());
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("LINKOTHER", null);
    Case foreign = inProgress(other, 10);
    Case another = inProgress(agency, 10);
    assertThatThrownBy(
            () ->
                linking.merge(
                    another.number(), another.version(), agency.code(), officer, foreign.number()))
        .isInstanceOf(CaseWork.CaseNotFound.class);
  }
}
