// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.FieldType;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/** Form fields on the API, the public page and the console's editor. */
@IntegrationTest
class CatalogueFieldsWebTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired Catalogue catalogue;

  TestOrganisation.Setup agency;
  StaffPrincipal quality;
  ServiceCode code;

  @BeforeEach
  void aPublishedServiceWithFields() {
    agency = TestOrganisation.from(context).agency("CATFLD", null);
    quality = agency.as(Role.QUALITY_OFFICER);
    code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    ServiceEntry entry =
        editing.create(
            quality,
            agency.code(),
            code,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(quality, code, entry.revision());
  }

  @Test
  void theApiListsTheFieldsOfTheApplicationFormInOrder() throws Exception {
    mvc.perform(get("/api/v1/services/" + code.value()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fields.length()").value(3))
        .andExpect(jsonPath("$.fields[0].name").value("nationalId"))
        .andExpect(jsonPath("$.fields[0].type").value("NATIONAL_ID"))
        .andExpect(jsonPath("$.fields[0].required").value(true))
        .andExpect(jsonPath("$.fields[0].label.zh-TW").value("身分證統一編號"))
        .andExpect(jsonPath("$.fields[0].label.en").value("National ID number"))
        .andExpect(jsonPath("$.fields[0].choices.length()").value(0))
        .andExpect(jsonPath("$.fields[1].type").value("CHOICE"))
        .andExpect(jsonPath("$.fields[1].choices[0].value").value("fees"))
        .andExpect(jsonPath("$.fields[1].choices[0].label.zh-TW").value("規費減免"))
        .andExpect(jsonPath("$.fields[1].choices[2].label.en").value("Other"))
        .andExpect(jsonPath("$.fields[2].name").value("copies"))
        .andExpect(jsonPath("$.fields[2].required").value(false));
  }

  @Test
  void thePublicPageSaysWhatTheOnlineFormAsksFor() throws Exception {
    mvc.perform(get("/services/" + code.value()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("What the online application form asks for")))
        .andExpect(content().string(containsString("National ID number")));
  }

  @Test
  void anEditorAddsAChoiceFieldAndItIsPublicOnlyOncePublished() throws Exception {
    mvc.perform(
            addField("delivery", "CHOICE", "領取方式", "counter|臨櫃領取|At the counter\n\n post | 郵寄 \n"))
        .andExpect(redirectedUrl("/console/services/" + code.value() + "/edit#fields"))
        .andExpect(flash().attribute("fieldAdded", true));
    FormField added =
        catalogue.workingCopy(quality, code).content().field("delivery").orElseThrow();
    assertThat(added.required()).isTrue();
    assertThat(added.choices())
        .extracting(FormField.Choice::value)
        .containsExactly("counter", "post");
    assertThat(added.choices().get(1).label().en()).isEmpty();
    mvc.perform(get("/api/v1/services/" + code.value()))
        .andExpect(jsonPath("$.fields.length()").value(3));
    mvc.perform(get("/console/services/" + code.value() + "/edit").with(user(quality)))
        .andExpect(content().string(containsString("領取方式")))
        .andExpect(content().string(containsString("臨櫃領取（counter）")));

    editing.publish(quality, code, catalogue.entryFor(quality, code).revision());
    mvc.perform(get("/api/v1/services/" + code.value()))
        .andExpect(jsonPath("$.fields.length()").value(4))
        .andExpect(jsonPath("$.fields[3].choices[1].value").value("post"));
  }

  @Test
  void aBadChoiceListIsAFieldErrorNextToTheChoicesAndNothingIsAdded() throws Exception {
    mvc.perform(addField("delivery", "CHOICE", "領取方式", "counter|臨櫃領取\npost office|郵寄"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"fieldChoices-error\"")))
        .andExpect(
            content()
                .string(
                    containsString("aria-describedby=\"fieldChoices-error fieldChoices-hint\"")))
        .andExpect(content().string(containsString("第 2 行")))
        .andExpect(content().string(containsString("value=\"delivery\"")));
    mvc.perform(addField("delivery", "CHOICE", "領取方式", "").param("lang", "en"))
        .andExpect(content().string(containsString("A choice field needs at least one choice.")));
    mvc.perform(addField("copies2", "NUMBER", "份數", "a|b"))
        .andExpect(content().string(containsString("只有「選項」類型的欄位可以有選項")));
    assertThat(catalogue.workingCopy(quality, code).content().fields()).hasSize(3);
  }

  @Test
  void aTakenOrMalformedNameIsAFieldErrorOnTheName() throws Exception {
    mvc.perform(addField("copies", "NUMBER", "份數", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"fieldName-error\"")))
        .andExpect(content().string(containsString("草稿已有代號為 copies 的欄位")));
    mvc.perform(addField("Bad-Name", "TEXT", "", ""))
        .andExpect(content().string(containsString("id=\"fieldName-error\"")))
        .andExpect(content().string(containsString("id=\"fieldLabelZh-error\"")));
  }

  @Test
  void anEditorRemovesAFieldFromTheDraftOnly() throws Exception {
    ServiceEntry entry = catalogue.entryFor(quality, code);
    mvc.perform(
            post("/console/services/" + code.value() + "/fields/copies/delete")
                .param("revision", Integer.toString(entry.revision()))
                .with(csrf())
                .with(user(quality)))
        .andExpect(redirectedUrl("/console/services/" + code.value() + "/edit#fields"))
        .andExpect(flash().attribute("fieldRemoved", true));
    assertThat(catalogue.workingCopy(quality, code).content().fields())
        .extracting(FormField::name)
        .containsExactly("nationalId", "purpose");
    assertThat(catalogue.published(code).orElseThrow().content().field("copies")).isPresent();
    mvc.perform(
            post("/console/services/" + code.value() + "/fields/purpose/delete")
                .param("revision", Integer.toString(entry.revision()))
                .with(csrf())
                .with(user(quality)))
        .andExpect(flash().attribute("problem", "catalogue.error.concurrent-change"));
  }

  @Test
  void savingTheServiceFormKeepsTheDraftsFields() throws Exception {
    editing.addField(
        quality,
        code,
        catalogue.entryFor(quality, code).revision(),
        FormField.of(
            "note",
            FieldType.TEXT,
            false,
            new tw.civicdesk.platform.i18n.BilingualText("備註", "Note")));
    ServiceEntry entry = catalogue.entryFor(quality, code);
    editing.saveDraft(
        quality,
        code,
        entry.revision(),
        agency.unit().id(),
        CatalogueFixtures.withoutTimeLimit("新名稱"));
    assertThat(catalogue.workingCopy(quality, code).content().fields())
        .extracting(FormField::name)
        .containsExactly("nationalId", "purpose", "copies", "note");
    mvc.perform(get("/console/services/" + code.value() + "/edit").with(user(quality)))
        .andExpect(content().string(not(containsString("fieldChoices-error"))));
  }

  private MockHttpServletRequestBuilder addField(
      String name, String type, String labelZh, String choices) {
    return post("/console/services/" + code.value() + "/fields")
        .with(csrf())
        .with(user(quality))
        .param("revision", Integer.toString(catalogue.entryFor(quality, code).revision()))
        .param("fieldName", name)
        .param("fieldType", type)
        .param("fieldRequired", "true")
        .param("fieldLabelZh", labelZh)
        .param("fieldLabelEn", "")
        .param("fieldChoices", choices);
  }
}
