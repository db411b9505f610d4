// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.intake.ApplicationBodies;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Without {@code civicdesk.public-base-url} (unset in the {@link ThrottleLimits} context, which
 * trusts a proxy on 127.0.0.1) a receipt's tracking link — on the receipt page, in its QR code's
 * caption and in the receipt e-mail — takes the address the request reached the site at: its Host,
 * or a trusted proxy's {@code X-Forwarded-Host} and {@code -Proto}; an untrusted peer's forwarded
 * host is ignored. Never {@code localhost:8080}.
 */
@ThrottleLimits
class PublicAddressTests {

  static int clients;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  ServiceCode service;

  @BeforeEach
  void publishAnOnlineService() {
    service =
        CatalogueFixtures.publishLowIncomeCertificate(
            context, TestOrganisation.from(context).agency("ADDR", null));
  }

  static synchronized String freshClient() {
    clients++;
    return "10.67." + (clients / 250) + "." + (clients % 250 + 1);
  }

  String receiptMail(String number) {
    return jdbc.sql(
            "select body_text from notification_message where case_number = ?"
                + " and kind = 'RECEIPT'")
        .param(number)
        .query(String.class)
        .single();
  }

  static String caseNumberIn(String json) {
    Matcher m = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  @Test
  void withoutTheSettingTheReceiptLinksToTheHostTheRequestCameTo() throws Exception {
    String client = freshClient();
    String token = UUID.randomUUID().toString();
    MockHttpSession session = new MockHttpSession();
    String apply = "/services/" + service.value() + "/apply";
    mvc.perform(
            post(apply)
                .with(csrf())
                .session(session)
                .header("Host", "desk.yilan.example")
                .with(
                    r -> {
                      r.setRemoteAddr(client);
                      return r;
                    })
                .param("token", token)
                .param("name", "林小明")
                .param("email", "lin@example.invalid")
                .param("fields[nationalId]", "a123456789")
                .param("fields[purpose]", "fees")
                .param("consent", "true"))
        .andReturn();
    MvcResult filed =
        mvc.perform(
                post(apply + "/check")
                    .with(csrf())
                    .session(session)
                    .header("Host", "desk.yilan.example")
                    .with(
                        r -> {
                          r.setRemoteAddr(client);
                          return r;
                        })
                    .param("draft", token))
            .andReturn();
    String receiptPath = filed.getResponse().getRedirectedUrl();
    assertThat(receiptPath).startsWith("/receipts/");
    String number = receiptPath.substring("/receipts/".length());
    String page =
        mvc.perform(get(receiptPath).header("Host", "desk.yilan.example").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();

    String link = "http://desk.yilan.example/track?number=" + number;
    assertThat(page).contains(link).doesNotContain("localhost:8080");
    assertThat(receiptMail(number)).contains(link).doesNotContain("localhost:8080");
  }

  @Test
  void aTrustedProxysForwardedHostAndSchemeMakeTheLink() throws Exception {
    HttpResponse<String> filed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("X-Forwarded-For", freshClient())
                    .header("X-Forwarded-Host", "desk.yilan.example")
                    .header("X-Forwarded-Proto", "https")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            ApplicationBodies.lowIncome(service, "林小明")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String number = caseNumberIn(filed.body());

    assertThat(receiptMail(number)).contains("https://desk.yilan.example/track?number=" + number);
  }

  @Test
  void anUntrustedPeerCannotChooseTheHostOfTheLink() throws Exception {
    byte[] body = ApplicationBodies.lowIncome(service, "林小明").getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\n"
            + "Content-Type: application/json\r\nIdempotency-Key: "
            + UUID.randomUUID()
            + "\r\n"
            + "X-Forwarded-Host: attacker.example\r\nX-Forwarded-Proto: https\r\n"
            + "Content-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    String answer;
    try (Socket socket = new Socket()) {
      // 127.0.0.2 is the loopback too, but not the trusted proxy 127.0.0.1.
      socket.bind(new InetSocketAddress("127.0.0.2", 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      in.transferTo(read);
      answer = read.toString(StandardCharsets.UTF_8);
    }
    assertThat(answer).startsWith("HTTP/1.1 201");
    String number = caseNumberIn(answer);

    assertThat(receiptMail(number))
        .contains("http://127.0.0.1:" + port + "/track?number=" + number)
        .doesNotContain("attacker.example");
  }
}
