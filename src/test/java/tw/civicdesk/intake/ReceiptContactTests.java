// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.organisation.AgencyProfile;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.PublicText;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.organisation.UnitContact;

/**
 * The receipt names the owning unit's phone, e-mail and hours when the unit gives them, and the
 * agency's where it does not — for a case filed before the unit wrote its contacts too.
 */
@IntegrationTest
class ReceiptContactTests {

  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired OrganisationAdministration administration;
  @Autowired Receipts receipts;

  private CaseNumber filed(TestOrganisation.Setup agency, Unit unit) {
    ServiceCode code = new ServiceCode(agency.code().value() + "-SERVICE");
    ServiceEntry entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            code,
            unit.id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(agency.as(Role.QUALITY_OFFICER), code, entry.revision());
    return AttachmentSamples.fileCase(context, agency.code(), unit.id());
  }

  @Test
  void aUnitWithoutContactsShowsTheAgencysOnTheReceipt() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("RCPA", null);
    CaseNumber number = filed(agency, agency.unit());
    Receipt.Contact contact = receipts.of(number).contact();
    assertThat(contact.phone()).isEqualTo("03-1234567");
    assertThat(contact.openingHours().zh()).isEqualTo("週一至週五");
    assertThat(contact.email()).isEmpty();
    assertThat(contact.unitName().zh()).isEqualTo("民政課");
  }

  @Test
  void theOwningUnitsPhoneEmailAndHoursReplaceTheAgencys() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("RCPU", null);
    Unit unit = agency.unit();
    CaseNumber number = filed(agency, unit);
    administration.updateUnit(
        agency.as(Role.AGENCY_ADMIN),
        unit.id(),
        new UnitDraft(
            unit.code(),
            unit.name(),
            unit.kind(),
            new UnitContact(
                PublicText.NONE,
                "03-988-1234 #201",
                "civil@example.gov.tw",
                new PublicText("週一至週五 08:00–12:00", "Mon–Fri 08:00–12:00"))),
        unit.version());
    Receipt.Contact contact = receipts.of(number).contact();
    assertThat(contact.phone()).isEqualTo("03-988-1234 #201");
    assertThat(contact.email()).isEqualTo("civil@example.gov.tw");
    assertThat(contact.openingHours().en()).isEqualTo("Mon–Fri 08:00–12:00");
    assertThat(contact.address().zh()).as("always the agency's").isEqualTo("測試路1號");
  }

  @Test
  void aUnitWithoutEmailShowsTheAgencysPublicEmail() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("RCPE", null);
    CaseNumber number = filed(agency, agency.unit());
    administration.updateProfile(
        agency.as(Role.AGENCY_ADMIN),
        new AgencyProfile(
            agency.code(),
            PublicText.NONE,
            PublicText.NONE,
            "service@example.gov.tw",
            PublicText.NONE,
            PublicText.NONE,
            "",
            "",
            0));
    assertThat(receipts.of(number).contact().email()).isEqualTo("service@example.gov.tw");
  }
}
