// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tw.civicdesk.Concurrently;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Anonymous filing is limited per client address and hour ({@value ThrottleLimits#FILINGS} here),
 * the API and the online form together: the next request is 429 with Retry-After — a problem on the
 * API, the localized page on the site — and stores nothing; a replay of a key counts too; staff are
 * not limited; fifty at once file exactly the limit.
 */
@ThrottleLimits
class AnonymousFilingLimitTests {

  static final String PROBLEM = "urn:civicdesk:problem:throttle.anonymous.too-many";
  static int clients;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  ServiceCode service;

  @BeforeEach
  void publishAnOnlineService() {
    agency = TestOrganisation.from(context).agency("ANON", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
  }

  static synchronized String freshClient() {
    clients++;
    return "10.66." + (clients / 250) + "." + (clients % 250 + 1);
  }

  static RequestPostProcessor from(String client) {
    return r -> {
      r.setRemoteAddr(client);
      return r;
    };
  }

  MockHttpServletRequestBuilder api(String key, String client) {
    return post("/api/v1/cases")
        .header("Idempotency-Key", key)
        .with(from(client))
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"serviceCode": "%s",
             "applicant": {"name": "林小明", "email": "lin@example.invalid", "language": "en"},
             "fields": {"nationalId": "a123456789", "purpose": "fees"}, "consent": true}
            """
                .formatted(service.value()));
  }

  /**
   * The form's filing request: the question page answered (in a session of its own, not limited,
   * storing nothing), then the check-answers page to send.
   */
  MockHttpServletRequestBuilder page(String client) throws Exception {
    MockHttpSession session = new MockHttpSession();
    String token = UUID.randomUUID().toString();
    mvc.perform(
        post("/services/" + service.value() + "/apply")
            .with(csrf())
            .with(from(client))
            .session(session)
            .param("token", token)
            .param("name", "林小明")
            .param("notifyBy", "EMAIL")
            .param("email", "lin@example.invalid")
            .param("fields[nationalId]", "a123456789")
            .param("fields[purpose]", "fees")
            .param("consent", "true"));
    return post("/services/" + service.value() + "/apply/check")
        .with(csrf())
        .with(from(client))
        .session(session)
        .param("draft", token);
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  long cases() {
    return jdbc.sql("select count(*) from casework_case where agency_code = ?")
        .param(agency.code().value())
        .query(Long.class)
        .single();
  }

  @Test
  void theApiAndTheFormShareTheLimitAndTheNextRequestIsAProblemAndStoresNothing() throws Exception {
    String client = freshClient();
    assertThat(send(api(UUID.randomUUID().toString(), client)).getStatus()).isEqualTo(201);
    assertThat(send(page(client)).getStatus()).isEqualTo(302);
    assertThat(send(api(UUID.randomUUID().toString(), client)).getStatus()).isEqualTo(201);
    MockHttpServletResponse over = send(api(UUID.randomUUID().toString(), client));
    assertThat(over.getStatus()).isEqualTo(429);
    assertThat(over.getContentType()).startsWith("application/problem+json");
    assertThat(over.getContentAsString()).contains(PROBLEM, "每小時最多可送出 3 次");
    assertThat(Long.parseLong(over.getHeader("Retry-After"))).isBetween(3590L, 3600L);
    assertThat(cases()).isEqualTo(3);
    assertThat(send(api(UUID.randomUUID().toString(), freshClient())).getStatus())
        .as("another address")
        .isEqualTo(201);
  }

  @Test
  void theFormOverTheLimitAnswersTheLocalizedPageAndStoresNothing() throws Exception {
    String client = freshClient();
    for (int i = 0; i < ThrottleLimits.FILINGS; i++) {
      assertThat(send(page(client)).getStatus()).isEqualTo(302);
    }
    MockHttpServletResponse zh = send(page(client));
    assertThat(zh.getStatus()).isEqualTo(429);
    assertThat(zh.getHeader("Retry-After")).isNotNull();
    assertThat(zh.getContentAsString()).contains("請求過於頻繁", "每小時最多可送出 3 次", "沒有儲存", "60 分鐘後再試");
    MockHttpServletResponse en = send(page(client).param("lang", "en"));
    assertThat(en.getStatus()).isEqualTo(429);
    assertThat(en.getContentAsString())
        .contains(
            "Too many requests",
            "limit of 3 submissions an hour",
            "nothing was stored",
            "try again in 60 minute(s)");
    assertThat(cases()).isEqualTo(3);
  }

  @Test
  void aReplayOfAKeyCountsLikeAnyRequest() throws Exception {
    String client = freshClient();
    String key = UUID.randomUUID().toString();
    for (int i = 0; i < ThrottleLimits.FILINGS; i++) {
      assertThat(send(api(key, client)).getStatus()).isEqualTo(201);
    }
    assertThat(send(api(key, client)).getStatus()).isEqualTo(429);
    assertThat(cases()).isOne();
  }

  @Test
  void staffFilingWithHttpBasicIsNotLimited() throws Exception {
    String client = freshClient();
    String letter =
        """
        {"serviceCode": "%s", "channel": "COUNTER",
         "applicant": {"name": "陳阿婆", "phone": "0912345678", "notifyBy": "NONE"},
         "fields": {"nationalId": "A123456789", "purpose": "other"}, "consent": true}
        """
            .formatted(service.value());
    for (int i = 0; i < ThrottleLimits.FILINGS + 2; i++) {
      MockHttpServletResponse filed =
          send(
              post("/api/v1/cases")
                  .header("Idempotency-Key", UUID.randomUUID().toString())
                  .with(from(client))
                  .with(httpBasic(agency.username(Role.COUNTER_CLERK), TestOrganisation.PASSWORD))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(letter));
      assertThat(filed.getStatus())
          .as("staff filing %d: %s", i + 1, filed.getContentAsString())
          .isEqualTo(201);
    }
    assertThat(send(api(UUID.randomUUID().toString(), client)).getStatus())
        .as("an anonymous filing from the same address")
        .isEqualTo(201);
  }

  @Test
  void fiftyAnonymousFilingsAtOnceFromOneAddressFileExactlyTheLimit() throws Exception {
    String client = freshClient();
    List<Integer> statuses =
        Concurrently.atOnce(50, () -> send(api(UUID.randomUUID().toString(), client)).getStatus());
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(ThrottleLimits.FILINGS);
    assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(47);
    assertThat(cases()).isEqualTo(ThrottleLimits.FILINGS);
  }
}
