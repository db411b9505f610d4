// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.PetitionFixtures;

/**
 * One intake API serves every kind: {@code POST /api/v1/cases} takes a {@code kind} with its
 * category and location, answers a receipt whose due date follows the kind's rule, and refuses what
 * the kind's rules refuse; {@code GET /api/v1/categories} lists what a form may choose.
 */
@IntegrationTest
class PetitionIntakeApiTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyTakingPetitions() {
    agency = TestOrganisation.from(context).agency("PAPI", null);
    PetitionFixtures.open(context, agency);
  }

  ResultActions file(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .with(AnonymousFilingLimitTests.from(AnonymousFilingLimitTests.freshClient()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void aPetitionFiledThroughTheApiAnswersAReceiptWithItsKindCategoryAndDueDate() throws Exception {
    file("""
            {"kind": "PETITION", "agency": "%s", "category": "noise",
             "subject": "夜間施工噪音", "description": "每晚十一點後仍在施工。",
             "applicant": {"name": "林小明", "email": "lin@example.invalid", "language": "zh-TW"},
             "consent": true}
            """
            .formatted(agency.code().value()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("PETITION"))
        .andExpect(jsonPath("$.category").value("noise"))
        .andExpect(jsonPath("$.serviceCode").doesNotExist())
        .andExpect(jsonPath("$.serviceName.zh").value("陳情：噪音"))
        .andExpect(jsonPath("$.dueDate").exists())
        .andExpect(jsonPath("$.verificationCode").isString());
  }

  @Test
  void anAnonymousFacilityReportWithALocationIsFiledAndAnAnonymousPetitionIsRefused()
      throws Exception {
    file("""
            {"kind": "FACILITY_REPORT", "agency": "%s", "category": "street-light",
             "subject": "路燈不亮", "description": "第三盞路燈不亮。", "anonymous": true,
             "location": {"address": "礁溪路五段 100 號前", "lat": 24.8271, "lon": 121.7705}}
            """
            .formatted(agency.code().value()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("FACILITY_REPORT"));

    file("""
            {"kind": "PETITION", "agency": "%s", "category": "noise",
             "subject": "噪音", "description": "很吵。", "anonymous": true}
            """
            .formatted(agency.code().value()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("applicant.name"));
    assertThat(
            jdbc.sql("select count(*) from casework_case where agency_code = ? and kind = ?")
                .params(agency.code().value(), "PETITION")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aCitizenCannotFileAMediaItem() throws Exception {
    file("""
            {"kind": "MEDIA_ITEM", "agency": "%s", "category": "news",
             "subject": "報導", "description": "內容", "anonymous": true}
            """
            .formatted(agency.code().value()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
  }

  @Test
  void theCategoriesOfAKindAreListedWithTheirNamesInBothLanguages() throws Exception {
    mvc.perform(
            get("/api/v1/categories")
                .param("agency", agency.code().value())
                .param("kind", "FACILITY_REPORT"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("fallen-tree"))
        .andExpect(jsonPath("$[0].name['zh-TW']").value("路樹傾倒"))
        .andExpect(jsonPath("$[0].name.en").value("Fallen tree"))
        .andExpect(jsonPath("$[0].timeLimit.unit").value("HOURS"))
        .andExpect(jsonPath("$[0].anonymousAllowed").value(true));

    mvc.perform(get("/api/v1/categories").param("agency", agency.code().value()).param("kind", "X"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
  }
}
