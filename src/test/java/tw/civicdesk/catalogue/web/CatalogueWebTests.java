// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/** The catalogue's API contract, public pages, downloads and console forms. */
@IntegrationTest
class CatalogueWebTests {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired Catalogue catalogue;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  StaffPrincipal quality;
  ServiceCode code;
  ServiceCode defaultLimit;

  @BeforeEach
  void twoPublishedServices() {
    agency = TestOrganisation.from(context).agency("CATWEB", null);
    quality = agency.as(Role.QUALITY_OFFICER);
    code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    defaultLimit = new ServiceCode(agency.code().value() + "-NO-LIMIT");
    ServiceEntry a =
        editing.create(
            quality,
            agency.code(),
            code,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(quality, code, a.revision());
    ServiceEntry b =
        editing.create(
            quality,
            agency.code(),
            defaultLimit,
            agency.unit().id(),
            CatalogueFixtures.withoutTimeLimit("戶籍謄本"));
    editing.publish(quality, defaultLimit, b.revision());
  }

  @Test
  void theApiListsAnAgencysServicesWithTheContractFields() throws Exception {
    String row = "$.items[?(@.code == '" + code.value() + "')]";
    mvc.perform(get("/api/v1/services").param("agency", agency.code().value()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath(row + ".agencyCode").value(agency.code().value()))
        .andExpect(jsonPath(row + ".name.zh-TW").value("低收入戶證明申請"))
        .andExpect(jsonPath(row + ".name.en").value("Low-income household certificate"))
        .andExpect(
            jsonPath(row + ".channels[*]")
                .value(org.hamcrest.Matchers.containsInAnyOrder("COUNTER", "ONLINE")))
        .andExpect(jsonPath(row + ".timeLimit.amount").value(3))
        .andExpect(jsonPath(row + ".timeLimit.unit").value("WORKING_DAYS"));
    mvc.perform(
            get("/api/v1/services")
                .param("agency", agency.code().value())
                .param("channel", "online"))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void oneServiceComesWithStepsDocumentsAndTheStatutoryDefaultWhereNoLimitIsPublished()
      throws Exception {
    mvc.perform(get("/api/v1/services/" + defaultLimit.value()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeLimit.unit").value("MONTHS"))
        .andExpect(jsonPath("$.timeLimit.amount").value(2))
        .andExpect(jsonPath("$.timeLimit.statutoryDefault").value(true))
        .andExpect(jsonPath("$.fee.amount").value(15));
    mvc.perform(get("/api/v1/services/" + code.value()))
        .andExpect(jsonPath("$.steps.length()").value(2))
        .andExpect(jsonPath("$.documents[1].electronicallyVerifiable").value(true))
        .andExpect(jsonPath("$.handlingTarget").doesNotExist());
  }

  @Test
  void unknownServicesAndBadFiltersAreProblemDetails() throws Exception {
    mvc.perform(get("/api/v1/services/NO-SUCH-SERVICE"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:catalogue.service.not-found"));
    mvc.perform(get("/api/v1/services").param("channel", "TELEPATHY").param("lang", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("The value of the filter channel is not valid."));
  }

  @Test
  void theServicePageShowsEverythingACitizenNeeds() throws Exception {
    mvc.perform(get("/services/" + code.value()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("低收入戶證明申請")))
        .andExpect(content().string(containsString("3 個工作天")))
        .andExpect(content().string(containsString("可免附（本所以電子查驗取得）")))
        .andExpect(content().string(containsString("/services/" + code.value() + "/apply")));
    mvc.perform(get("/services/" + defaultLimit.value()).param("lang", "en"))
        .andExpect(content().string(containsString("2 months (no processing time published")));
    mvc.perform(get("/services/" + code.value() + "/apply"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"consent\"")))
        .andExpect(content().string(containsString(">繼續</button>")));
  }

  @Test
  void theAgencyPageListsItsServicesByUnit() throws Exception {
    mvc.perform(get("/agencies/" + agency.code().value()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("民政課")))
        .andExpect(content().string(containsString("/services/" + code.value())));
  }

  @Test
  void citizensFindServicesByOneOrTwoCharactersAndByAgency() throws Exception {
    mvc.perform(get("/services").param("q", "謄本"))
        .andExpect(content().string(containsString(defaultLimit.value())));
    // One character is enough since the Lucene engine (issue 20, ADR 0049): 本 finds 謄本.
    mvc.perform(get("/services").param("q", "本").param("agency", agency.code().value()))
        .andExpect(content().string(containsString(defaultLimit.value())));
    mvc.perform(
            get("/services").param("category", "MEDIATION").param("agency", agency.code().value()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("找不到符合的服務項目")));
    mvc.perform(get("/services").param("agency", agency.code().value()))
        .andExpect(content().string(containsString(code.value())))
        .andExpect(content().string(containsString(defaultLimit.value())));
  }

  @Test
  void anUploadedFormIsOfferedForDownloadOnceItsVersionIsPublished() throws Exception {
    ServiceEntry entry = catalogue.entryFor(quality, code);
    mvc.perform(
            multipart("/console/services/" + code.value() + "/forms")
                .file(new MockMultipartFile("file", "../申請書.pdf", "application/pdf", PDF))
                .param("revision", Integer.toString(entry.revision()))
                .param("kind", "FORM")
                .param("titleZh", "申請書")
                .with(csrf())
                .with(user(quality)))
        .andExpect(flash().attribute("uploaded", true));
    long fileId = catalogue.workingCopy(quality, code).content().forms().get(0).fileId();
    mvc.perform(get("/services/" + code.value() + "/files/" + fileId))
        .andExpect(status().isNotFound());

    editing.publish(quality, code, catalogue.entryFor(quality, code).revision());
    mvc.perform(get("/services/" + code.value() + "/files/" + fileId))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    containsString("filename*=UTF-8''%E7%94%B3%E8%AB%8B%E6%9B%B8.pdf")))
        .andExpect(content().bytes(PDF));
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
    long before = jdbc.sql("select count(*) from catalogue_file").query(Long.class).single();
    ServiceEntry entry = catalogue.entryFor(quality, code);
    mvc.perform(
            multipart("/console/services/" + code.value() + "/forms")
                .file(
                    new MockMultipartFile(
                        "file",
                        "form.pdf",
                        "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .param("revision", Integer.toString(entry.revision()))
                .param("kind", "FORM")
                .param("titleZh", "假檔案")
                .with(csrf())
                .with(user(quality)))
        .andExpect(flash().attributeExists("uploadProblem"));
    assertThat(jdbc.sql("select count(*) from catalogue_file").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void theConsoleCreatesAServiceAndShowsFieldErrorsForBadInput() throws Exception {
    String base = "/console/services/new";
    mvc.perform(
            post(base)
                .with(csrf())
                .with(user(quality))
                .param("code", "bad code")
                .param("unitId", Long.toString(agency.unit().id()))
                .param("nameZh", "")
                .param("timeLimitAmount", "3"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"code-error\"")))
        .andExpect(content().string(containsString("id=\"nameZh-error\"")))
        .andExpect(content().string(containsString("id=\"channels-error\"")))
        .andExpect(content().string(containsString("期限的數量與單位須一併填寫")));
    String newCode = agency.code().value() + "-NEW";
    mvc.perform(
            post(base)
                .with(csrf())
                .with(user(quality))
                .param("code", newCode)
                .param("unitId", Long.toString(agency.unit().id()))
                .param("nameZh", "新服務")
                .param("summaryZh", "摘要")
                .param("descriptionZh", "說明")
                .param("category", "OTHER")
                .param("legalBasisZh", "法規")
                .param("channels", "COUNTER")
                .param("steps[0].zh", "第一步")
                .param("steps[1].zh", "")
                .param("timeLimitAmount", "5")
                .param("timeLimitUnit", "WORKING_DAYS"))
        .andExpect(redirectedUrl("/console/services/" + newCode + "/edit"));
    assertThat(catalogue.workingCopy(quality, new ServiceCode(newCode)).content().steps())
        .hasSize(1);
  }

  @Test
  void aDraftCanBePreviewedAsThePublicWillSeeIt() throws Exception {
    ServiceEntry entry = catalogue.entryFor(quality, code);
    editing.saveDraft(
        quality,
        code,
        entry.revision(),
        agency.unit().id(),
        CatalogueFixtures.withoutTimeLimit("草稿中的新名稱"));
    mvc.perform(get("/console/services/" + code.value() + "/preview").with(user(quality)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("草稿中的新名稱")))
        .andExpect(content().string(containsString("預覽")));
    mvc.perform(get("/services/" + code.value()))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("草稿中的新名稱"))));
  }
}
