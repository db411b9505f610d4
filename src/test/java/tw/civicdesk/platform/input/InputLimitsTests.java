// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.intake.ApplicationBodies;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The holes of issue 15 (S6, S13): a NUL in a search or a JSON body is a 400, not a 500; a body
 * over the limit is a 413 before it is read; page sizes and queries beyond their caps are 400.
 */
@IntegrationTest
class InputLimitsTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  TestOrganisation.Setup agency;
  ServiceCode service;

  @BeforeEach
  void publishAnOnlineService() {
    agency = TestOrganisation.from(context).agency("INPUT", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
  }

  String body(String name) {
    return ApplicationBodies.lowIncome(service, name);
  }

  long cases() {
    return jdbc.sql("select count(*) from casework_case where agency_code = ?")
        .param(agency.code().value())
        .query(Long.class)
        .single();
  }

  @Test
  void aNulInTheServiceSearchIsA400PageNotA500() throws Exception {
    mvc.perform(get("/services").param("q", "戶籍\u0000謄本"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
  }

  @Test
  void aNulInsideAJsonStringIsA400ProblemNamingTheFieldAndFilesNothing() throws Exception {
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("林\\u0000小明")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:input.text.control"))
        .andExpect(jsonPath("$.errors[0].field").value("applicant.name"));
    assertThat(cases()).isZero();
  }

  @Test
  void aLoneSurrogateInAJsonStringIsRefused() throws Exception {
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("林\\ud800小明")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:input.text.surrogate"));
    assertThat(cases()).isZero();
  }

  @Test
  void aFiftyMegabyteBodyIsRefusedWith413BeforeItIsSent() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nIdempotency-Key: "
                  + UUID.randomUUID()
                  + "\r\nContent-Length: "
                  + 50L * 1024 * 1024
                  + "\r\n\r\n{\"serviceCode\": \"")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readNBytes(200), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer).contains("application/problem+json");
    }
    assertThat(cases()).isZero();
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
    byte[] padding =
        ("{\"serviceCode\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(padding)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("urn:civicdesk:problem:error.body.too-large");
    assertThat(cases()).isZero();
  }

  @Test
  void aBidiOverrideInANameIsRefusedAndInAnAddressKept() throws Exception {
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("林\\u202e明小")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:input.text.bidi"))
        .andExpect(jsonPath("$.errors[0].field").value("applicant.name"));
    String withAddress =
        body("林小明").replace("\"language\"", "\"address\": \"\\u202b宜蘭縣\\u202c\", \"language\"");
    mvc.perform(
            post("/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content(withAddress))
        .andExpect(status().isCreated());
    assertThat(cases()).isOne();
  }

  @Test
  void aPageSizeBeyondItsCapIsA400ProblemNotAClampedPage() throws Exception {
    mvc.perform(get("/api/v1/services").param("size", "101"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:input.paging.size"))
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/v1/services").param("size", "1000000"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/services").param("page", "-1"))
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:input.paging.page"));
    mvc.perform(get("/api/v1/services").param("size", "100"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(100));
  }

  @Test
  void aSearchQueryOverAHundredCharactersIsA400SearchPageWithTheErrorAtTheSearchBox()
      throws Exception {
    String page =
        mvc.perform(get("/services").param("q", "證".repeat(101)).param("lang", "en"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
    assertThat(html.select("#q").attr("value")).isEqualTo("證".repeat(101));
    assertThat(html.select("#q").attr("aria-describedby")).contains("q-error");
    assertThat(html.select("#q-error").text()).contains("at most 100 characters");
    assertThat(html.select(".service-list li")).isEmpty();
    mvc.perform(get("/services").param("q", "證".repeat(100))).andExpect(status().isOk());
    mvc.perform(get("/services").param("page", "-1")).andExpect(status().isBadRequest());
  }

  @Test
  void aNulInAnOptionalFieldOfTheApplicationFormIsAFieldErrorAndFilesNothing() throws Exception {
    String page =
        mvc.perform(
                post("/services/{code}/apply", service.value())
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .param("token", UUID.randomUUID().toString())
                    .param("name", "林小明")
                    .param("email", "lin@example.invalid")
                    .param("phone", "0912345678")
                    .param("language", "zh-TW")
                    .param("address", "宜蘭縣\u0000礁溪鄉")
                    .param("fields[nationalId]", "A123456789")
                    .param("fields[purpose]", "fees")
                    .param("consent", "true")
                    .param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"address-error\"").contains("control character (such as NUL)");
    assertThat(cases()).isZero();
  }
}
