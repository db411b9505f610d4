// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * With the default settings no proxy is trusted: a client cannot choose the address it is counted
 * under by sending {@code X-Forwarded-For}; and a request from the loopback that carries any
 * forwarding header (a proxy on the same machine passing a public request on) does not get the
 * Prometheus metrics, unless a system administrator is signed in.
 */
@IntegrationTest
class ForwardedRequestsTests {

  @Autowired MockMvc mvc;
  @LocalServerPort int port;
  @Autowired Throttle throttle;

  @Test
  void anUntrustedForwardedForIsIgnoredAndTheConnectionsAddressIsCounted() throws Exception {
    String number = "FORGED-20200101-00001";
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/v1/tracking/"
                                + number
                                + "?code=AAAAAAAA"))
                    .header("X-Forwarded-For", "198.51.100.20")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(throttle.counted(CaseFixtures.RECEIPT_CHECKS, "case:" + number)).isOne();
    assertThat(throttle.counted(CaseFixtures.RECEIPT_CHECKS, Throttle.address("198.51.100.20")))
        .isZero();
    assertThat(throttle.counted(CaseFixtures.RECEIPT_CHECKS, Throttle.address("127.0.0.1")))
        .isPositive();
  }

  @Test
  void aLoopbackRequestWithAForwardingHeaderDoesNotGetTheMetrics() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
      mvc.perform(
              get("/actuator/prometheus")
                  .header(header, header.equals("Forwarded") ? "for=203.0.113.9" : "203.0.113.9"))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(
            get("/actuator/prometheus")
                .header("X-Forwarded-For", "203.0.113.9")
                .with(
                    user("root")
                        .authorities(new SimpleGrantedAuthority(Role.SYSTEM_ADMIN.authority()))))
        .andExpect(status().isOk());
  }
}
