// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Drafts.AgencyDraft;
import tw.civicdesk.organisation.Drafts.StaffDraft;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.platform.i18n.BilingualText;

@IntegrationTest
class OrganisationAdministrationTests {

  @Autowired ApplicationContext context;
  @Autowired OrganisationAdministration administration;
  @Autowired StaffAccounts accounts;
  @Autowired Organisation organisation;

  TestOrganisation.Setup county;
  TestOrganisation.Setup office;
  StaffPrincipal sysadmin;

  @BeforeEach
  void aCountyWithAnOffice() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("CTY", null);
    office = orgs.agency("OFC", county.code());
    sysadmin = county.as(Role.SYSTEM_ADMIN);
  }

  private AgencyDraft draft(AgencyCode code, AgencyCode parent) {
    return new AgencyDraft(
        code,
        parent,
        new BilingualText("新機關", "New"),
        AgencyType.DISTRICT_OFFICE,
        new BilingualText("地址", ""),
        "02-1234567",
        new BilingualText("週一至週五", ""),
        null);
  }

  @Test
  void aSystemAdministratorCreatesAnAgencyBelowAnother() {
    AgencyCode code = AgencyCode.of(office.code().value() + "-SUB");
    Agency created = administration.createAgency(sysadmin, draft(code, office.code()));
    assertThat(created.parentCode()).isEqualTo(office.code());
    assertThat(organisation.descendantsOf(county.code())).contains(office.code(), code);
  }

  @Test
  void onlySystemAdministratorsCreateAgenciesOthersSeeNothing() {
    AgencyCode code = AgencyCode.of(office.code().value() + "-X");
    assertThatThrownBy(
            () -> administration.createAgency(office.as(Role.AGENCY_ADMIN), draft(code, null)))
        .isInstanceOf(AgencyNotFoundException.class);
    assertThat(organisation.exists(code)).isFalse();
  }

  @Test
  void anAgencyCannotBecomeItsOwnAncestor() {
    Agency current = organisation.agency(county.code()).orElseThrow();
    assertThatThrownBy(
            () ->
                administration.updateAgency(
                    sysadmin, draft(county.code(), office.code()), current.version()))
        .isInstanceOf(OrganisationRuleViolated.class)
        .hasMessage(OrganisationRuleViolated.PARENT_CYCLE);
    assertThat(organisation.agency(county.code()).orElseThrow().parentCode()).isNull();
  }

  @Test
  void twoAdministratorsEditingAtOnceDoNotBothWin() {
    Agency before = organisation.agency(office.code()).orElseThrow();
    StaffPrincipal admin = office.as(Role.AGENCY_ADMIN);
    administration.updateAgency(admin, draft(office.code(), county.code()), before.version());
    assertThatThrownBy(
            () ->
                administration.updateAgency(
                    admin, draft(office.code(), county.code()), before.version()))
        .isInstanceOf(OrganisationConflict.class)
        .hasMessage(OrganisationConflict.CONCURRENT);
  }

  @Test
  void anAgencyAdministratorCannotMoveTheirAgencyInTheHierarchy() {
    Agency before = organisation.agency(office.code()).orElseThrow();
    Agency after =
        administration.updateAgency(
            office.as(Role.AGENCY_ADMIN), draft(office.code(), null), before.version());
    assertThat(after.parentCode()).isEqualTo(county.code());
    assertThat(after.name().zh()).isEqualTo("新機關");
  }

  @Test
  void unitCodesAreUniqueWithinAnAgency() {
    StaffPrincipal admin = office.as(Role.AGENCY_ADMIN);
    UnitDraft unit = new UnitDraft("U1", new BilingualText("社會課", "Social"), UnitKind.SECTION);
    assertThatThrownBy(() -> administration.createUnit(admin, office.code(), unit))
        .isInstanceOf(OrganisationConflict.class);
    assertThat(
            administration
                .createUnit(
                    county.as(Role.AGENCY_ADMIN),
                    county.code(),
                    new UnitDraft("U2", new BilingualText("社會課", ""), UnitKind.SECTION))
                .code())
        .isEqualTo("U2");
  }

  @Test
  void agencyAdministratorsCannotGrantTheSystemAdministratorRole() {
    StaffDraft draft =
        new StaffDraft(
            "grab-" + office.code().value().toLowerCase(),
            "王大明",
            "",
            null,
            Set.of(Role.SYSTEM_ADMIN),
            true);
    assertThatThrownBy(
            () ->
                accounts.create(
                    office.as(Role.AGENCY_ADMIN), office.code(), draft, "long-enough-password"))
        .isInstanceOf(OrganisationRuleViolated.class)
        .hasMessage(OrganisationRuleViolated.ROLE_NOT_GRANTABLE);
  }

  @Test
  void staffBelongToAUnitOfTheirOwnAgencyOnly() {
    StaffDraft draft =
        new StaffDraft(
            "unit-" + office.code().value().toLowerCase(),
            "王大明",
            "",
            county.unit().id(),
            Set.of(Role.CASE_OFFICER),
            true);
    assertThatThrownBy(
            () ->
                accounts.create(
                    office.as(Role.AGENCY_ADMIN), office.code(), draft, "long-enough-password"))
        .isInstanceOf(OrganisationRuleViolated.class)
        .hasMessage(OrganisationRuleViolated.UNIT_OF_OTHER_AGENCY);
  }

  @Test
  void passwordsAreStoredOnlyAsModernHashes() {
    StaffDraft draft =
        new StaffDraft(
            "hash-" + office.code().value().toLowerCase(),
            "王大明",
            "",
            office.unit().id(),
            Set.of(Role.CASE_OFFICER),
            true);
    assertThatThrownBy(
            () -> accounts.create(office.as(Role.AGENCY_ADMIN), office.code(), draft, "short"))
        .isInstanceOf(OrganisationRuleViolated.class);
    accounts.create(office.as(Role.AGENCY_ADMIN), office.code(), draft, "long-enough-password");
    String hash = organisation.accountForSignIn(draft.username()).orElseThrow().getPassword();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("long-enough-password");
  }

  @Test
  void administratorsCannotLockThemselvesOut() {
    StaffPrincipal admin = office.as(Role.AGENCY_ADMIN);
    StaffMember self = organisation.staffMemberFor(admin, admin.id());
    StaffDraft disable =
        new StaffDraft(self.username(), self.displayName(), "", null, self.roles(), false);
    assertThatThrownBy(() -> accounts.update(admin, admin.id(), disable, self.version(), null))
        .isInstanceOf(OrganisationRuleViolated.class);
  }

  @Test
  void qualityOfficersOfASupervisingAgencySeeCountsOfTheAgenciesBelow() {
    assertThat(organisation.figuresFor(county.as(Role.QUALITY_OFFICER)))
        .extracting(f -> f.agency().code())
        .containsExactly(county.code(), office.code());
    assertThat(organisation.figuresFor(county.as(Role.CASE_OFFICER)))
        .extracting(f -> f.agency().code())
        .containsExactly(county.code());
    assertThat(organisation.figuresFor(county.as(Role.QUALITY_OFFICER)).get(1).activeStaff())
        .isEqualTo(Role.values().length);
  }
}
