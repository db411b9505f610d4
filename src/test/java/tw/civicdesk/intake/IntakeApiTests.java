// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The public intake API files an online application once per Idempotency-Key, answers the receipt
 * the contract names, refuses every problem at once and stores nothing then.
 */
@IntegrationTest
class IntakeApiTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  ServiceCode service;

  @BeforeEach
  void publishAnOnlineService() {
    agency = TestOrganisation.from(context).agency("INTAKE", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
  }

  String body(String name) {
    return ApplicationBodies.lowIncome(service, name);
  }

  MvcResult file(String key, String body) throws Exception {
    return mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn();
  }

  long casesOfAgency() {
    return jdbc.sql("select count(*) from casework_case where agency_code = ?")
        .param(agency.code().value())
        .query(Long.class)
        .single();
  }

  @Test
  void anAnonymousOnlineApplicationIsFiledAndAnswersTheReceiptOfTheContract() throws Exception {
    String key = UUID.randomUUID().toString();
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("林小明")))
        .andExpect(status().isCreated())
        .andExpect(
            jsonPath("$.caseNumber")
                .value(org.hamcrest.Matchers.startsWith(agency.code().value() + "-")))
        .andExpect(
            jsonPath("$.verificationCode")
                .value(org.hamcrest.Matchers.matchesPattern("[A-Z2-9]{8}")))
        .andExpect(jsonPath("$.dueDate").isString())
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.contact.phone").isString());
    assertThat(casesOfAgency()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    """
        select a.name from casework_applicant a join casework_case c on c.number = a.case_number
        where c.agency_code = ?""")
                .param(agency.code().value())
                .query(String.class)
                .single())
        .isEqualTo("林小明");
  }

  @Test
  void theSameKeyReplayedAnswersTheSameReceiptAndAnotherBodyIsRefused() throws Exception {
    String key = UUID.randomUUID().toString();
    JsonNode first = JSON.readTree(file(key, body("林小明")).getResponse().getContentAsString());
    MvcResult replay = file(key, body("林小明"));
    assertThat(replay.getResponse().getStatus()).isEqualTo(201);
    JsonNode again = JSON.readTree(replay.getResponse().getContentAsString());
    assertThat(again.get("caseNumber")).isEqualTo(first.get("caseNumber"));
    assertThat(again.get("verificationCode")).isEqualTo(first.get("verificationCode"));

    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("王大同")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:intake.idempotency.reused"));
    assertThat(casesOfAgency()).isEqualTo(1);
  }

  @Test
  void fiftyConcurrentSubmissionsWithOneKeyCreateExactlyOneCase() throws Exception {
    String key = UUID.randomUUID().toString();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<MvcResult>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        Callable<MvcResult> submit =
            () -> {
              start.await();
              return file(key, body("林小明"));
            };
        results.add(pool.submit(submit));
      }
      start.countDown();
      List<String> numbers = new ArrayList<>();
      for (Future<MvcResult> result : results) {
        MvcResult r = result.get();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        numbers.add(
            JSON.readTree(r.getResponse().getContentAsString()).get("caseNumber").asString());
      }
      assertThat(numbers).hasSize(50).containsOnly(numbers.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(casesOfAgency()).isEqualTo(1);
  }

  @Test
  void everyProblemIsReportedAtOnceAndNothingIsStored() throws Exception {
    String bad =
        """
        {"serviceCode": "%s",
         "applicant": {"name": " ", "email": "not-an-address", "nationalId": "A123456788",
                       "notifyBy": "SMS"},
         "fields": {"nonsense": "x"}, "consent": false}
        """
            .formatted(service.value());
    String key = UUID.randomUUID().toString();
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", key)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(bad))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:error.fields.invalid"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.containsInAnyOrder(
                        "applicant.name",
                        "applicant.email",
                        "applicant.nationalId",
                        "applicant.phone",
                        "consent",
                        "fields[nationalId]",
                        "fields[purpose]",
                        "fields[nonsense]")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'consent')].detail")
                .value("Agree to the personal-data notice to apply."));
    assertThat(casesOfAgency()).isZero();
    assertThat(
            jdbc.sql("select count(*) from intake_request where idempotency_key = ?")
                .param("api:" + key)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theServicesFormFieldsAreCheckedAndStoredNormalized() throws Exception {
    String wrong =
        body("林小明")
            .replace("\"fees\"", "\"lottery\"")
            .replace("\"a123456789\"", "\"a123456789\", \"copies\": \"two\"");
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(wrong))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.containsInAnyOrder("fields[purpose]", "fields[copies]")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'fields[purpose]')].detail")
                .value("Choose one of the options."));
    assertThat(casesOfAgency()).isZero();
    file(UUID.randomUUID().toString(), body("林小明"));
    assertThat(
            jdbc.sql("select fields::text from casework_case where agency_code = ?")
                .param(agency.code().value())
                .query(String.class)
                .single())
        .contains("\"A123456789\"")
        .contains("\"fees\"");
  }

  @Test
  void aMissingKeyAndAServiceWithoutTheOnlineChannelAreRefused() throws Exception {
    mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(body("林小明")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("intake.idempotency.missing"));
    ServiceCode counterOnly = new ServiceCode(agency.code().value() + "-COPY");
    var entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            counterOnly,
            agency.unit().id(),
            CatalogueFixtures.withoutTimeLimit("戶籍謄本"));
    editing.publish(agency.as(Role.QUALITY_OFFICER), counterOnly, entry.revision());
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("林小明").replace(service.value(), counterOnly.value())))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("channel"));
    assertThat(casesOfAgency()).isZero();
  }

  @Test
  void aClerkFilesALetterWithItsReceivedDayAndPostmarkOverTheApi() throws Exception {
    ServiceCode byMail = new ServiceCode(agency.code().value() + "-MAIL");
    var entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            byMail,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate()
                .withChannels(java.util.Set.of(tw.civicdesk.catalogue.Channel.MAIL)));
    editing.publish(agency.as(Role.QUALITY_OFFICER), byMail, entry.revision());
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei"));
    String letter =
        """
        {"serviceCode": "%s", "channel": "MAIL", "receivedOn": "%s", "postmarkedOn": "%s",
         "applicant": {"name": "陳阿婆", "address": "宜蘭縣礁溪鄉中山路一段 1 號",
                       "notifyBy": "POST"},
         "fields": {"nationalId": "A123456789", "purpose": "other", "copies": "2"},
         "consent": true}
        """
            .formatted(byMail.value(), today.minusDays(1), today.minusDays(3));
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .with(httpBasic(agency.username(Role.COUNTER_CLERK), TestOrganisation.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(letter))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.channel").value("MAIL"))
        .andExpect(jsonPath("$.receivedOn").value(today.minusDays(1).toString()));
    assertThat(
            jdbc.sql("select postmarked_on from casework_case where agency_code = ?")
                .param(agency.code().value())
                .query(java.time.LocalDate.class)
                .single())
        .isEqualTo(today.minusDays(3));
  }
}
