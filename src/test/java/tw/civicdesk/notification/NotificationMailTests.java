// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.Concurrently;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The receipt e-mail goes through the outbox to a real SMTP server (GreenMail): it arrives in the
 * applicant's language with number, code and tracking link, survives the server being down, and is
 * sent once even by two dispatchers at once.
 */
@IntegrationTest
class NotificationMailTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationDispatcher dispatcher;

  ServiceCode service;

  @BeforeEach
  void publishAnOnlineService() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("NOTIFY", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
  }

  /** Files an online application; answers the receipt. */
  JsonNode file(String email, String language, String notifyBy) throws Exception {
    String body =
        """
        {"serviceCode": "%s",
         "applicant": {"name": "林小明", "email": "%s", "phone": "0912345678",
                       "language": "%s", "notifyBy": "%s"},
         "fields": {"nationalId": "a123456789", "purpose": "fees"}, "consent": true}
        """
            .formatted(service.value(), email, language, notifyBy);
    String answer =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JSON.readTree(answer);
  }

  static String uniqueAddress() {
    return "applicant-" + UUID.randomUUID() + "@example.tw";
  }

  List<MimeMessage> mailTo(String address) throws Exception {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals(address))
        .toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  Map<String, Object> row(String caseNumber) {
    return jdbc.sql(
            "select status, attempts, last_error, recipient from notification_message"
                + " where case_number = ?")
        .param(caseNumber)
        .query()
        .singleRow();
  }

  /** Runs the dispatcher until a run sends nothing more. */
  void drain() {
    while (dispatcher.dispatchDue() > 0) {
      Thread.onSpinWait();
    }
  }

  /** The text and HTML parts of a message, by content type (text/plain, text/html). */
  static Map<String, String> parts(Part part, Map<String, String> found) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        parts(child, found);
      }
    } else if (part.isMimeType("text/plain")) {
      found.put("text/plain", (String) part.getContent());
    } else if (part.isMimeType("text/html")) {
      found.put("text/html", (String) part.getContent());
    }
    return found;
  }

  @Test
  void aReceiptMailArrivesInTheApplicantsLanguageWithNumberCodeAndTrackingLink() throws Exception {
    String address = uniqueAddress();
    JsonNode receipt = file(address, "en", "EMAIL");
    String number = receipt.get("caseNumber").asString();
    String code = receipt.get("verificationCode").asString();
    drain();

    List<MimeMessage> mail = mailTo(address);
    assertThat(mail).hasSize(1);
    MimeMessage message = mail.get(0);
    assertThat(message.getSubject()).isEqualTo("Receipt of your application " + number);
    String messageId =
        jdbc.sql("select message_id::text from notification_message" + " where case_number = ?")
            .param(number)
            .query(String.class)
            .single();
    assertThat(message.getHeader("X-CivicDesk-Message-Id")).containsExactly(messageId);
    assertThat(message.getMessageID()).isEqualTo("<" + messageId + "@civicdesk>");
    Map<String, String> parts = parts(message, new HashMap<>());
    assertThat(parts).containsOnlyKeys("text/plain", "text/html");
    String link = "http://localhost:8080/track?number=" + number + "&lang=en";
    assertThat(parts.get("text/plain"))
        .contains(number, code, link, "To be decided by")
        .doesNotContain("A123456789", "林小明");
    assertThat(parts.get("text/html"))
        .contains(number, code, link.replace("&", "&amp;"))
        .doesNotContain("A123456789", "林小明");
    assertThat(row(number)).containsEntry("status", "SENT").containsEntry("attempts", 1);
  }

  @Test
  void anApplicantWhoChoseSmsGetsAnSmsAndOneWhoChoseNoNoticesNothing() throws Exception {
    String bySms = file(uniqueAddress(), "zh-TW", "SMS").get("caseNumber").asString();
    String byNone = file(uniqueAddress(), "zh-TW", "NONE").get("caseNumber").asString();
    assertThat(
            jdbc.sql("select channel from notification_message where case_number = ?")
                .param(bySms)
                .query(String.class)
                .list())
        .containsExactly("SMS");
    assertThat(
            jdbc.sql("select count(*) from notification_message where case_number = ?")
                .param(byNone)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void withTheMailServerDownTheReceiptStaysQueuedAndArrivesOnceWhenItIsBack() throws Exception {
    greenMail.stop();
    String address = uniqueAddress();
    String number = file(address, "zh-TW", "EMAIL").get("caseNumber").asString();
    dispatcher.dispatchDue();
    assertThat(row(number))
        .containsEntry("status", "QUEUED")
        .containsEntry("attempts", 1)
        .containsEntry("last_error", "MailSendException");
    assertThat(row(number).get("last_error").toString()).doesNotContain(address);

    greenMail.start();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (mailTo(address).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      drain();
    }
    drain();
    List<MimeMessage> mail = mailTo(address);
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).getSubject()).isEqualTo("申請收件確認 " + number);
    assertThat(parts(mail.get(0), new HashMap<>()).get("text/plain")).contains("查詢驗證碼");
    assertThat(row(number)).containsEntry("status", "SENT").containsEntry("attempts", 2);
  }

  @Test
  void aMailThatKeepsFailingIsMarkedFailedAtTheMaximumNumberOfAttempts() throws Exception {
    greenMail.stop();
    String number = file(uniqueAddress(), "en", "EMAIL").get("caseNumber").asString();
    jdbc.sql("update notification_message set attempts = 9 where case_number = ?")
        .param(number)
        .update();
    dispatcher.dispatchDue();
    assertThat(row(number)).containsEntry("status", "FAILED").containsEntry("attempts", 10);
    greenMail.start();
    drain();
    assertThat(row(number)).containsEntry("status", "FAILED");
  }

  @Test
  void twoDispatchersRunningAtOnceSendAMailOnlyOnce() throws Exception {
    String address = uniqueAddress();
    String number = file(address, "en", "EMAIL").get("caseNumber").asString();
    Concurrently.atOnce(2, () -> dispatcher.dispatchDue());
    assertThat(mailTo(address)).hasSize(1);
    assertThat(row(number)).containsEntry("status", "SENT").containsEntry("attempts", 1);
  }
}
