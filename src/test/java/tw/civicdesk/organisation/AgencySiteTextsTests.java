// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The texts of an agency's site section and its units' contacts: refused shapes change nothing and
 * write no audit row; accepted changes are audited by field name; another agency's administrator
 * finds nothing to edit.
 */
@IntegrationTest
class AgencySiteTextsTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired OrganisationAdministration administration;
  @Autowired Organisation organisation;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  TestOrganisation.Setup other;

  @BeforeEach
  void twoAgencies() {
    agency = TestOrganisation.from(context).agency("SITE", null);
    other = TestOrganisation.from(context).agency("SITEX", null);
  }

  private List<String> audit(String type, String id) {
    return jdbc.sql(
            "select detail from audit_log where action = 'ORGANISATION_CHANGED'"
                + " and subject_type = ? and subject_id = ? order by id")
        .params(type, id)
        .query(String.class)
        .list();
  }

  @Test
  void aUnitFormWithAWrongEmailPhoneOrLengthIsRefusedAndChangesNothing() throws Exception {
    Unit unit = agency.unit();
    String[][] refused = {
      {"email", "not-an-address"},
      {"email", "a@b"},
      {"phone", "call us"},
      {"phone", "12"},
      {"dutiesZh", "職".repeat(4001)},
      {"hoursEn", "x".repeat(301)}
    };
    for (String[] field : refused) {
      mvc.perform(
              post("/console/units/" + unit.id() + "/edit")
                  .with(csrf())
                  .with(user(agency.as(Role.AGENCY_ADMIN)))
                  .param("code", unit.code())
                  .param("nameZh", unit.name().zh())
                  .param("kind", unit.kind().name())
                  .param("version", Integer.toString(unit.version()))
                  .param(field[0], field[1]))
          .andExpect(status().isOk())
          .andExpect(model().attributeHasFieldErrors("form", field[0]));
    }
    assertThat(organisation.unitFor(agency.as(Role.AGENCY_ADMIN), unit.id()))
        .as("the unit after %d refused forms", refused.length)
        .isEqualTo(unit);
    assertThat(audit("UNIT", Long.toString(unit.id()))).isEmpty();
  }

  @Test
  void theServiceRefusesAWrongEmailEvenWithoutTheForm() {
    Unit unit = agency.unit();
    UnitDraft draft =
        new UnitDraft(
            unit.code(),
            unit.name(),
            unit.kind(),
            new UnitContact(PublicText.NONE, "03-1234567", "nobody@", PublicText.NONE));
    assertThatThrownBy(
            () ->
                administration.updateUnit(
                    agency.as(Role.AGENCY_ADMIN), unit.id(), draft, unit.version()))
        .isInstanceOf(OrganisationRuleViolated.class)
        .hasMessage("form.error.email");
    assertThat(organisation.units(agency.code())).containsExactly(unit);
    assertThat(audit("UNIT", Long.toString(unit.id()))).isEmpty();
  }

  @Test
  void aUnitsContactsAreSavedAndAuditedByFieldNameOnly() {
    Unit unit = agency.unit();
    UnitContact contact =
        new UnitContact(
            new PublicText("辦理戶籍登記。", "Household registration."),
            "03-988-1234 #201",
            "civil@example.gov.tw",
            new PublicText("週一至週五 08:00–17:00", ""));
    Unit saved =
        administration.updateUnit(
            agency.as(Role.AGENCY_ADMIN),
            unit.id(),
            new UnitDraft(unit.code(), unit.name(), unit.kind(), contact),
            unit.version());
    assertThat(saved.contact()).isEqualTo(contact);
    assertThat(audit("UNIT", Long.toString(unit.id())))
        .containsExactly("fields=duties,phone,email,hours");
  }

  @Test
  void aProfileWithAWrongPrivacyEmailIsRefusedAndTheStoredOneStays() throws Exception {
    mvc.perform(
            post("/console/agencies/" + agency.code().value() + "/profile")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("profileZh", "本所位於礁溪。")
                .param("privacyEmail", "privacy at example")
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("form", "privacyEmail"));
    assertThat(organisation.profile(agency.code())).isEqualTo(AgencyProfile.empty(agency.code()));
    mvc.perform(
            post("/console/agencies/" + agency.code().value() + "/profile")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("profileZh", "本所位於礁溪。")
                .param("privacyContactZh", "行政室 個資窗口")
                .param("privacyEmail", "privacy@example.gov.tw")
                .param("version", "0"))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    AgencyProfile stored = organisation.profile(agency.code());
    assertThat(stored.profile().zh()).isEqualTo("本所位於礁溪。");
    assertThat(stored.privacyEmail()).isEqualTo("privacy@example.gov.tw");
    assertThat(stored.version()).isEqualTo(1);
    assertThat(audit("AGENCY_PROFILE", agency.code().value()))
        .containsExactly("fields=profile,privacy-contact,privacy-email");
  }

  @Test
  void aStaleProfileVersionIsAConflictAndChangesNothing() {
    AgencyProfile first =
        administration.updateProfile(
            agency.as(Role.AGENCY_ADMIN),
            new AgencyProfile(
                agency.code(),
                new PublicText("第一版", ""),
                PublicText.NONE,
                "",
                PublicText.NONE,
                PublicText.NONE,
                "",
                "",
                0));
    AgencyProfile stale =
        new AgencyProfile(
            agency.code(),
            new PublicText("第二版", ""),
            PublicText.NONE,
            "",
            PublicText.NONE,
            PublicText.NONE,
            "",
            "",
            0);
    assertThatThrownBy(() -> administration.updateProfile(agency.as(Role.AGENCY_ADMIN), stale))
        .isInstanceOf(OrganisationConflict.class);
    assertThat(organisation.profile(agency.code())).isEqualTo(first);
  }

  @Test
  void anotherAgencysAdministratorFindsNoProfileToEdit() throws Exception {
    String path = "/console/agencies/" + agency.code().value() + "/profile";
    mvc.perform(get(path).with(user(other.as(Role.AGENCY_ADMIN)))).andExpect(status().isNotFound());
    mvc.perform(
            post(path)
                .with(csrf())
                .with(user(other.as(Role.AGENCY_ADMIN)))
                .param("profileZh", "竄改")
                .param("version", "0"))
        .andExpect(status().isNotFound());
    assertThat(organisation.profile(agency.code())).isEqualTo(AgencyProfile.empty(agency.code()));
  }

  @Test
  void thePublicPagesShowTheProfileTheUnitsDutiesAndThePrivacyContact() throws Exception {
    Unit unit = agency.unit();
    administration.updateUnit(
        agency.as(Role.AGENCY_ADMIN),
        unit.id(),
        new UnitDraft(
            unit.code(),
            new BilingualText(unit.name().zh(), unit.name().en()),
            unit.kind(),
            new UnitContact(
                new PublicText("辦理戶籍登記。", ""), "", "civil@example.gov.tw", PublicText.NONE)),
        unit.version());
    administration.updateProfile(
        agency.as(Role.AGENCY_ADMIN),
        new AgencyProfile(
            agency.code(),
            new PublicText("本所簡介。", "About us."),
            new PublicText("掌理鄉政。", ""),
            "",
            new PublicText("本所蒐集申請人姓名以辦理申請案件。", ""),
            new PublicText("行政室 個資窗口", ""),
            "privacy@example.gov.tw",
            "",
            0));
    String a = "/agencies/" + agency.code().value();
    mvc.perform(get(a + "?lang=zh-TW"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("本所簡介。")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("掌理鄉政。")));
    mvc.perform(get(a + "/organisation?lang=zh-TW"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("辦理戶籍登記。")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("civil@example.gov.tw")))
        // no phone of its own: the agency's
        .andExpect(content().string(org.hamcrest.Matchers.containsString("03-1234567")));
    mvc.perform(get(a + "/privacy?lang=en"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("privacy@example.gov.tw")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("行政室 個資窗口")));
    mvc.perform(get("/agencies/NO-SUCH-AGENCY/organisation")).andExpect(status().isNotFound());
  }
}
