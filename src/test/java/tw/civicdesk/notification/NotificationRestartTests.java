// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.CivicDeskApplication;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Nothing acknowledged is lost across restarts: receipts acknowledged while the mail server is down
 * stay in the outbox through a stop of the application, and the next run — on the same persistent
 * embedded PostgreSQL, with the mail server back — delivers every one exactly once, by its own
 * scheduled dispatcher.
 */
class NotificationRestartTests {

  static final int SMTP_PORT = IntegrationTest.SMTP_PORT + 2;

  @TempDir Path data;

  /** Starts the application on {@link #data}; arguments, since they outrank its settings. */
  ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CivicDeskApplication.class)
        .run(
            "--civicdesk.embedded-db.dir=" + data,
            "--server.port=0",
            "--civicdesk.demo.enabled=false",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + SMTP_PORT,
            "--civicdesk.notification.poll=200ms",
            "--civicdesk.notification.backoff=100ms",
            "--civicdesk.sms.gateway=off");
  }

  static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
  }

  /** Files an online application over HTTP, as a citizen would; answers the case number. */
  static String file(int port, ServiceCode service, String email) throws Exception {
    String body =
        """
        {"serviceCode": "%s",
         "applicant": {"name": "林小明", "email": "%s", "language": "zh-TW", "notifyBy": "EMAIL"},
         "fields": {"nationalId": "a123456789", "purpose": "fees"}, "consent": true}
        """
            .formatted(service.value(), email);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(201);
    return TestSmsGateway.JSON.readTree(answer.body()).get("caseNumber").asString();
  }

  @Test
  void receiptsQueuedWhileMailIsDownArriveOnceAfterARestartWithMailBack() throws Exception {
    List<String> addresses = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    try (ConfigurableApplicationContext first = start()) {
      TestOrganisation.Setup agency = TestOrganisation.from(first).agency("RESTART", null);
      ServiceCode service = CatalogueFixtures.publishLowIncomeCertificate(first, agency);
      for (int i = 0; i < 5; i++) {
        String address = "restart-" + i + "-" + UUID.randomUUID() + "@example.tw";
        addresses.add(address);
        numbers.add(file(port(first), service, address));
      }
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (attempted(jdbc) < numbers.size() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(attempted(jdbc))
          .as("every receipt was tried while mail was down")
          .isEqualTo(numbers.size());
    }

    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
    try (ConfigurableApplicationContext second = start()) {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (mail.getReceivedMessages().length < numbers.size() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(500);
      MimeMessage[] received = mail.getReceivedMessages();
      assertThat(Arrays.stream(received).map(NotificationMailTests::recipient))
          .containsExactlyInAnyOrderElementsOf(addresses);
      assertThat(Arrays.stream(received).map(m -> subject(m)))
          .containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> "申請收件確認 " + n).toList());
      assertThat(
              second
                  .getBean(JdbcClient.class)
                  .sql("select count(*) from notification_message where status = 'SENT'")
                  .query(Long.class)
                  .single())
          .isEqualTo(numbers.size());
    } finally {
      mail.stop();
    }
  }

  private static long attempted(JdbcClient jdbc) {
    return jdbc.sql(
            "select count(*) from notification_message where status = 'QUEUED'"
                + " and attempts > 0")
        .query(Long.class)
        .single();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
