// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * SMS go through the HTTP gateway adapter to a real HTTP server; the gateway's delivery receipts
 * move each message's status, which staff see on the case.
 */
@IntegrationTest
class SmsDeliveryTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired StaffNotices notices;

  static TestSmsGateway gateway;
  TestOrganisation.Setup agency;
  ServiceCode service;

  @BeforeAll
  static void startTheGateway() throws Exception {
    gateway = new TestSmsGateway();
  }

  @AfterAll
  static void stopTheGateway() {
    gateway.close();
  }

  @BeforeEach
  void publishAService() {
    gateway.answer.set(202);
    agency = TestOrganisation.from(context).agency("SMS", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
  }

  static String uniquePhone() {
    return "09" + String.format("%08d", (long) (Math.random() * 100_000_000L));
  }

  /** Files an online application whose applicant wants SMS; answers the case number. */
  String fileBySms(String phone, String language) throws Exception {
    String body =
        """
        {"serviceCode": "%s",
         "applicant": {"name": "林小明", "phone": "%s", "language": "%s", "notifyBy": "SMS"},
         "fields": {"nationalId": "a123456789", "purpose": "fees"}, "consent": true}
        """
            .formatted(service.value(), phone, language);
    String answer =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return TestSmsGateway.JSON.readTree(answer).get("caseNumber").asString();
  }

  Map<String, Object> row(String number) {
    return jdbc.sql(
            "select message_id::text as id, status, attempts, provider_ref, last_error,"
                + " segments from notification_message where case_number = ?")
        .param(number)
        .query()
        .singleRow();
  }

  ResultActions receipt(String key, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/notifications/delivery-receipts")
            .header("Authorization", "Bearer " + key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void aReceiptBySmsIsPostedToTheGatewayWithItsKeyIdPartsAndCallback() throws Exception {
    String phone = uniquePhone();
    String number = fileBySms(phone, "zh-TW");
    dispatcher.dispatchDue();

    assertThat(gateway.to(phone))
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.get("messageId").asString()).isEqualTo(row(number).get("id"));
              assertThat(sms.get("text").asString())
                  .startsWith("已收件，案件編號" + number + "，驗證碼")
                  .contains("/track?number=" + number)
                  .doesNotContain("林小明");
              assertThat(sms.get("segments").asInt())
                  .isEqualTo(row(number).get("segments"))
                  .isBetween(1, 3);
              assertThat(sms.get("callbackUrl").asString())
                  .isEqualTo("http://localhost:8080/api/v1/notifications/delivery-receipts");
            });
    assertThat(gateway.received)
        .filteredOn(r -> r.body().get("to").asString().equals(phone))
        .allMatch(r -> r.authorization().equals("Bearer " + IntegrationTest.SMS_KEY));
    assertThat(row(number)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    assertThat((String) row(number).get("provider_ref")).startsWith("gw-");
  }

  @Test
  void deliveryReceiptsMoveTheStatusOnceAndStaffSeeItOnTheCase() throws Exception {
    String number = fileBySms(uniquePhone(), "en");
    dispatcher.dispatchDue();
    String ref = (String) row(number).get("provider_ref");

    receipt(
            IntegrationTest.CALLBACK_KEY,
            "{\"reference\": \"" + ref + "\", \"status\": \"DELIVERED\"}")
        .andExpect(status().isNoContent());
    assertThat(row(number)).containsEntry("status", "DELIVERED");
    receipt(
            IntegrationTest.CALLBACK_KEY,
            "{\"reference\": \"" + ref + "\", \"status\": \"DELIVERED\"}")
        .andExpect(status().isNoContent());
    assertThat(notices.unread(agency.username(Role.UNIT_HEAD))).isZero();
    receipt(
            IntegrationTest.CALLBACK_KEY,
            "{\"messageId\": \"" + row(number).get("id") + "\", \"status\": \"FAILED\"}")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    assertThat(row(number)).containsEntry("status", "DELIVERED");

    mvc.perform(
            get("/console/cases/" + number)
                .header("Accept-Language", "en")
                .with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Messages to the applicant")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Delivered")));
  }

  @Test
  void aReceiptWithoutTheKeyOrForAnUnknownMessageOrWithABadStatusChangesNothing() throws Exception {
    String number = fileBySms(uniquePhone(), "en");
    dispatcher.dispatchDue();
    String id = (String) row(number).get("id");

    receipt("wrong", "{\"messageId\": \"" + id + "\", \"status\": \"BOUNCED\"}")
        .andExpect(status().isUnauthorized());
    receipt(
            IntegrationTest.CALLBACK_KEY,
            "{\"messageId\": \"" + UUID.randomUUID() + "\", \"status\": \"BOUNCED\"}")
        .andExpect(status().isNotFound());
    receipt(IntegrationTest.CALLBACK_KEY, "{\"messageId\": \"not-a-uuid\", \"status\": \"LOST\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("messageId", "status")));
    assertThat(row(number)).containsEntry("status", "SENT");
  }

  @Test
  void aBounceIsToldOnceToTheUnitHeadOfTheUnassignedCase() throws Exception {
    String number = fileBySms(uniquePhone(), "en");
    dispatcher.dispatchDue();
    String id = (String) row(number).get("id");
    for (int i = 0; i < 2; i++) {
      receipt(
              IntegrationTest.CALLBACK_KEY,
              "{\"messageId\": \"" + id + "\", \"status\": \"BOUNCED\", \"error\": \"E042\"}")
          .andExpect(status().isNoContent());
    }
    assertThat(row(number)).containsEntry("status", "BOUNCED").containsEntry("last_error", "E042");
    assertThat(notices.inbox(agency.username(Role.UNIT_HEAD), 10))
        .filteredOn(n -> number.equals(n.caseNumber()))
        .singleElement()
        .extracting(StaffNotices.Posted::kind)
        .isEqualTo(StaffNoticeKind.MESSAGE_UNDELIVERED);
  }

  @Test
  void aNumberTheGatewayRefusesFailsAtOnceAndAGatewayOutageIsRetried() throws Exception {
    gateway.answer.set(400);
    String refused = fileBySms(uniquePhone(), "en");
    dispatcher.dispatchDue();
    assertThat(row(refused))
        .containsEntry("status", "FAILED")
        .containsEntry("attempts", 1)
        .containsEntry("last_error", "HTTP 400");
    assertThat(notices.inbox(agency.username(Role.UNIT_HEAD), 10))
        .as("the unit head of the unassigned case is told to reach the applicant otherwise")
        .anySatisfy(
            n -> {
              assertThat(n.kind()).isEqualTo(StaffNoticeKind.MESSAGE_UNDELIVERED);
              assertThat(n.caseNumber()).isEqualTo(refused);
            });

    gateway.answer.set(503);
    String retried = fileBySms(uniquePhone(), "en");
    dispatcher.dispatchDue();
    assertThat(row(retried))
        .containsEntry("status", "QUEUED")
        .containsEntry("attempts", 1)
        .containsEntry("last_error", "HTTP 503");
    gateway.answer.set(202);
    Thread.sleep(400);
    dispatcher.dispatchDue();
    assertThat(row(retried)).containsEntry("status", "SENT").containsEntry("attempts", 2);
  }

  @Test
  void theLogOnlyAdapterSendsNothingAndReportsEveryMessageSent() {
    var outgoing =
        new MessageChannel.Outgoing(1, UUID.randomUUID(), "0912345678", null, "案件已收件", null, 0);
    assertThat(new LogOnlySmsChannel().send(java.util.List.of(outgoing)))
        .containsExactly(new MessageChannel.Sent(null));
  }
}
