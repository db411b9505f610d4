// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.civicdesk.tracking.TrackingTests.from;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.VerificationCodes;

/**
 * Guessing is throttled: after three failures (the limit set here) from one address, or for one
 * case number from many addresses, every look-up — right code too — is 429 with Retry-After,
 * and not before; when the window has passed, look-ups are answered again.
 */
@IntegrationTest
@TestPropertySource(properties = {"civicdesk.tracking.max-failures=3",
    "civicdesk.tracking.window=15m"})
class TrackingThrottleTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired VerificationCodes codes;
  @Autowired JdbcClient jdbc;

  @Test
  void anAddressIsRefusedAfterTheLimitEvenWithTheRightCodeAndNotBefore() throws Exception {
    CaseNumber number = TrackingFixtures.aCaseWithHistory(context, "THROTTLEA");
    for (int i = 0; i < 3; i++) {
      mvc.perform(get("/api/v1/tracking/" + number.agency().value() + "-20200101-0000" + i)
              .param("code", "AAAAAAAA").with(from("10.2.0.1")))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/v1/tracking/" + number.value()).param("code", codes.codeFor(number))
            .with(from("10.2.0.1")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "900"))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("tracking.too-many")));
    mvc.perform(post("/track").with(csrf()).with(from("10.2.0.1"))
            .param("number", number.value()).param("code", codes.codeFor(number)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "900"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("15 分鐘後再試")));
    mvc.perform(get("/api/v1/tracking/" + number.value()).param("code", codes.codeFor(number))
            .with(from("10.2.0.2")))
        .andExpect(status().isOk());
  }

  @Test
  void aCaseNumberIsRefusedAfterTheLimitFromManyAddresses() throws Exception {
    CaseNumber number = TrackingFixtures.aCaseWithHistory(context, "THROTTLEB");
    for (int i = 0; i < 3; i++) {
      mvc.perform(get("/api/v1/tracking/" + number.value()).param("code", "AAAAAAAA")
              .with(from("10.3.0." + i)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/v1/tracking/" + number.value()).param("code", codes.codeFor(number))
            .with(from("10.3.0.9")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
  }

  @Test
  void theWindowPassesAndLookUpsAreAnsweredAgain() {
    ManualClock clock = ManualClock.on("2026-03-02");
    TrackingThrottle throttle = new TrackingThrottle(jdbc, clock, 2, 5, Duration.ofMinutes(15));
    List<String> subjects = List.of("test:window-" + System.nanoTime());
    throttle.count(subjects);
    assertThat(throttle.blocked(subjects)).isEmpty();
    throttle.count(subjects);
    clock.advance(Duration.ofMinutes(5));
    assertThat(throttle.blocked(subjects)).contains(Duration.ofMinutes(10));
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.blocked(subjects)).isEmpty();
    throttle.count(subjects);
    assertThat(throttle.blocked(subjects)).isEmpty();
  }
}
