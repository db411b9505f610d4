// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.casework.CaseFixtures;

/**
 * Behind a trusted reverse proxy (127.0.0.1 in {@link ThrottleLimits}) the client address every
 * throttle counts is the one the proxy forwards — over real HTTP through Tomcat — so two citizens
 * behind one proxy are counted apart; and a forwarded request never reads the Prometheus metrics a
 * local caller may read.
 */
@ThrottleLimits
class ClientAddressTests {

  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @LocalServerPort int port;
  @Autowired Throttle throttle;

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theForwardedAddressOfATrustedProxyIsTheClientThatIsCounted() throws Exception {
    for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
      assertThat(
              get(
                      "/api/v1/tracking/PROXY-20200101-0000" + i + "?code=AAAAAAAA",
                      "X-Forwarded-For",
                      "203.0.113.10")
                  .statusCode())
          .isEqualTo(404);
    }
    HttpResponse<String> over =
        get(
            "/api/v1/tracking/PROXY-20200101-00009?code=AAAAAAAA",
            "X-Forwarded-For",
            "203.0.113.10");
    assertThat(over.statusCode()).isEqualTo(429);
    assertThat(over.headers().firstValue("Retry-After")).isPresent();
    assertThat(over.body()).contains("urn:civicdesk:problem:tracking.too-many");
    assertThat(throttle.counted(CaseFixtures.RECEIPT_CHECKS, Throttle.address("203.0.113.10")))
        .isEqualTo(ThrottleLimits.FAILURES);
    assertThat(
            get(
                    "/api/v1/tracking/PROXY-20200101-00008?code=AAAAAAAA",
                    "X-Forwarded-For",
                    "198.51.100.7, 203.0.113.11")
                .statusCode())
        .as("another citizen behind the same proxy")
        .isEqualTo(404);
    assertThat(throttle.counted(CaseFixtures.RECEIPT_CHECKS, Throttle.address("203.0.113.11")))
        .isOne();
  }

  @Test
  void aForwardedRequestNeverReadsTheMetricsALocalCallerMay() throws Exception {
    assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/prometheus", "X-Forwarded-For", "203.0.113.12").statusCode())
        .isEqualTo(302);
    assertThat(
            get("/actuator/prometheus", "X-Forwarded-For", "127.0.0.1, 203.0.113.12").statusCode())
        .isEqualTo(302);
    assertThat(get("/actuator/prometheus", "X-Real-IP", "203.0.113.12").statusCode())
        .isEqualTo(302);
  }
}
