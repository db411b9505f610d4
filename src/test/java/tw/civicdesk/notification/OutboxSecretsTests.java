// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The outbox never holds a verification code, a link's token or a confirmation code in its bodies,
 * and holds a one-time secret only while its message waits (ADR 0028); the messages that arrive
 * still carry the working code and link. Old messages are purged.
 */
@IntegrationTest
class OutboxSecretsTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Pattern TOKEN = Pattern.compile("/track/mine/([A-Za-z0-9_-]{43})");
  static final Pattern SIX = Pattern.compile("code is (\\d{6})");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired Outbox outbox;
  @Autowired OutboxPurge purge;
  @Autowired Notifications notifications;
  @Autowired TransactionTemplate transaction;
  @Autowired CaseWork work;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;
  ServiceCode service;

  @BeforeEach
  void anOnlineService() {
    agency = TestOrganisation.from(context).agency("SECRET", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
  }

  static RequestPostProcessor from(String client) {
    return request -> {
      request.setRemoteAddr(client);
      return request;
    };
  }

  String file(String email, String notifyBy) throws Exception {
    String answer =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                {"serviceCode": "%s", "applicant": {"name": "林小明", "email": "%s",
                 "phone": "0922%06d", "language": "en", "notifyBy": "%s"},
                 "fields": {"nationalId": "a123456789", "purpose": "fees"}, "consent": true}
                """
                            .formatted(
                                service.value(),
                                email,
                                (int) (Math.random() * 1_000_000),
                                notifyBy)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JSON.readTree(answer).get("caseNumber").asString();
  }

  void drain() {
    while (dispatcher.dispatchDue() > 0) {
      Thread.onSpinWait();
    }
  }

  /** The text and HTML of the one mail to {@code address} whose subject has {@code subject}. */
  String mailTo(String address, String subject) throws Exception {
    List<MimeMessage> mail = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      if (NotificationMailTests.recipient(m).equals(address) && m.getSubject().contains(subject)) {
        mail.add(m);
      }
    }
    assertThat(mail).hasSize(1);
    Map<String, String> parts = NotificationMailTests.parts(mail.get(0), new HashMap<>());
    return parts.get("text/plain") + "\n" + parts.get("text/html");
  }

  /** Every stored body and secret of the messages to these recipients. */
  List<String> stored(List<String> recipients) {
    List<String> found = new ArrayList<>();
    for (String to : recipients) {
      jdbc.sql("select body_text, body_html, secret from notification_message where recipient = ?")
          .param(to)
          .query()
          .listOfRows()
          .forEach(
              row ->
                  row.values()
                      .forEach(
                          v -> {
                            if (v != null) {
                              found.add(v.toString());
                            }
                          }));
    }
    return found;
  }

  @Test
  void noCodeOrTokenIsStoredInTheBodiesAndTheMessagesThatArriveStillWork() throws Exception {
    String tag = UUID.randomUUID().toString();
    String applicant = "secret-" + tag + "@example.invalid";
    String newAddress = "moved-" + tag + "@example.invalid";
    String number = file(applicant, "EMAIL");
    String code = work.verificationCode(new CaseNumber(number));
    mvc.perform(
        post("/track/mine")
            .with(csrf())
            .with(from("10.34.0.1"))
            .param("lang", "en")
            .param("address", applicant));
    mvc.perform(
        post("/track/contact")
            .with(csrf())
            .with(from("10.34.0.2"))
            .param("lang", "en")
            .param("number", number)
            .param("code", code)
            .param("channel", "EMAIL")
            .param("address", newAddress));
    List<String> recipients = List.of(applicant, newAddress);
    List<String> queued = stored(recipients);
    assertThat(String.join("\n", queued)).contains(MessageSecret.PLACEHOLDER).doesNotContain(code);
    assertThat(
            jdbc.sql(
                    "select count(*) from notification_message where recipient in (?, ?)"
                        + " and secret is not null")
                .params(applicant, newAddress)
                .query(Long.class)
                .single())
        .as("the link's token and the contact code wait beside their messages")
        .isEqualTo(2);

    drain();
    String receipt = mailTo(applicant, "Receipt of your application");
    String mine = mailTo(applicant, "The link to your cases");
    String confirmation = mailTo(newAddress, "Confirm your new contact");
    Matcher token = TOKEN.matcher(mine);
    Matcher six = SIX.matcher(confirmation);
    assertThat(receipt).contains(code);
    assertThat(token.find()).isTrue();
    assertThat(six.find()).isTrue();
    List<String> secrets = List.of(code, token.group(1), six.group(1));
    List<String> sent = stored(recipients);
    assertThat(sent)
        .as("text and HTML of three mails")
        .hasSize(6)
        .allSatisfy(body -> assertThat(body).doesNotContain(secrets.toArray(String[]::new)));
    assertThat(
            jdbc.sql(
                    "select count(*) from notification_message where recipient in (?, ?)"
                        + " and (secret is not null or status <> 'SENT')")
                .params(applicant, newAddress)
                .query(Long.class)
                .single())
        .as("sent, and the one-time secrets dropped")
        .isZero();

    mvc.perform(get("/api/v1/tracking/" + number).param("code", code).with(from("10.34.0.3")))
        .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
    assertThat(
            mvc.perform(get("/track/mine/" + token.group(1)).param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(new CaseNumber(number).grouped());
    assertThat(
            mvc.perform(
                    post("/track/contact/confirm")
                        .with(csrf())
                        .with(from("10.34.0.2"))
                        .param("lang", "en")
                        .param("number", number)
                        .param("code", code)
                        .param("confirmation", six.group(1)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("now go to the new address");
    System.out.printf(
        "OutboxSecretsTests: %d outbox bodies and secrets checked after sending,"
            + " none holding the %d secrets the mails carried%n",
        sent.size(), secrets.size());
  }

  @Test
  void aTransferNoticeCarriesTheNewCasesCodeOnlyInTheMailSent() throws Exception {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("SECRETO", null);
    String address = "transfer-" + UUID.randomUUID() + "@example.invalid";
    CaseFixtures cases = CaseFixtures.of(context, agency, service);
    CaseWork.Stepped c =
        cases.inProgress(
            cases
                .fileOnline(
                    new Applicant(
                        "林小明", null, address, null, null, Locale.ENGLISH, Applicant.NotifyBy.EMAIL),
                    LocalDate.now(clock))
                .number());
    work.transfer(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Transfer(
            c.number(), c.version(), other.code(), other.unit().id(), "Not our competence"));
    CaseNumber opened = cases.transferredTo(c.number());
    String code = work.verificationCode(opened);
    assertThat(String.join("\n", stored(List.of(address)))).doesNotContain(code);
    drain();
    assertThat(mailTo(address, "sent to")).contains(opened.value(), code);
    assertThat(String.join("\n", stored(List.of(address)))).doesNotContain(code);
  }

  @Test
  void aMessageWhoseOneTimeSecretExpiredUnsentIsGivenUpAndTheSecretDropped() {
    String address = "late-" + UUID.randomUUID() + "@example.invalid";
    Instant now = clock.instant();
    transaction.executeWithoutResult(
        s ->
            outbox.insert(
                new Outbox.NewMessage(
                    NoticeKind.MY_CASES,
                    null,
                    NoticeChannel.EMAIL,
                    address,
                    Locale.ENGLISH,
                    new MessageRendering.Rendered(
                        "s", "link " + MessageSecret.PLACEHOLDER, null, null),
                    new MessageSecrets.Stored(
                        null, "tok-" + UUID.randomUUID(), now.minusSeconds(1))),
                now));
    drain();
    assertThat(
            jdbc.sql(
                    "select status || ' ' || last_error || ' ' || coalesce(secret, '-')"
                        + " from notification_message where recipient = ?")
                .param(address)
                .query(String.class)
                .single())
        .isEqualTo("FAILED SecretExpired -");
    assertThat(
            Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> NotificationMailTests.recipient(m).equals(address)))
        .isEmpty();
  }

  @Test
  void aNoticeWhoseTextsHoldItsSecretInClearIsRefused() {
    Notice leaky =
        new Notice(
                NoticeKind.MY_CASES,
                null,
                NoticeChannel.EMAIL,
                "leak@example.invalid",
                Locale.ENGLISH,
                List.of(30),
                List.of(),
                "http://localhost/track/mine/abcdef")
            .withSecret(MessageSecret.oneTime("abcdef", Duration.ofMinutes(30)));
    assertThatThrownBy(() -> transaction.executeWithoutResult(s -> notifications.queue(leaky)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("placeholder");
  }

  @Test
  void messagesNoLongerWaitingArePurgedAfterTheRetentionAndQueuedOnesNever() {
    String tag = UUID.randomUUID().toString();
    Instant now = clock.instant();
    for (String status : List.of("SENT", "FAILED", "QUEUED", "DELIVERED")) {
      transaction.executeWithoutResult(
          s ->
              outbox.insert(
                  new Outbox.NewMessage(
                      NoticeKind.REMINDER,
                      null,
                      NoticeChannel.EMAIL,
                      status + "-" + tag + "@example.invalid",
                      Locale.ENGLISH,
                      new MessageRendering.Rendered("s", "t", null, null),
                      MessageSecrets.Stored.NONE),
                  now));
    }
    jdbc.sql(
            "update notification_message set status = split_part(recipient, '-', 1),"
                + " status_at = ?, next_attempt_at = ? where recipient like ?")
        .params(
            java.sql.Timestamp.from(now.minus(Duration.ofDays(181))),
            java.sql.Timestamp.from(now.plus(Duration.ofDays(1))),
            "%-" + tag + "@%")
        .update();
    jdbc.sql("update notification_message set status_at = ? where recipient = ?")
        .params(
            java.sql.Timestamp.from(now.minus(Duration.ofDays(179))),
            "DELIVERED-" + tag + "@example.invalid")
        .update();

    assertThat(purge.purge(now)).isGreaterThanOrEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select status from notification_message where recipient like ?"
                        + " order by status")
                .param("%-" + tag + "@%")
                .query(String.class)
                .list())
        .containsExactly("DELIVERED", "QUEUED");
    assertThat(purge.name()).isEqualTo("notification-outbox");
  }
}
