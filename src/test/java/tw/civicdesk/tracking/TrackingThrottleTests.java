// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.civicdesk.tracking.TrackingTests.from;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;

/**
 * Guessing is throttled: after three failures (the limit of {@link ThrottleLimits}) from one
 * address, or for one case number from many addresses, every look-up — right code too — is 429 with
 * Retry-After, and not before. (That a passed window answers again is the platform's {@code
 * ThrottleTests}; that every other receipt door counts alike, {@code ReceiptDoorsTests}.)
 */
@ThrottleLimits
class TrackingThrottleTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;

  @Test
  void anAddressIsRefusedAfterTheLimitEvenWithTheRightCodeAndNotBefore() throws Exception {
    CaseNumber number = TrackingFixtures.aCaseWithHistory(context, "THROTTLEA");
    for (int i = 0; i < 3; i++) {
      mvc.perform(
              get("/api/v1/tracking/" + number.agency().value() + "-20200101-0000" + i)
                  .param("code", "AAAAAAAA")
                  .with(from("10.2.0.1")))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            get("/api/v1/tracking/" + number.value())
                .param("code", work.verificationCode(number))
                .with(from("10.2.0.1")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "900"))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("tracking.too-many")));
    mvc.perform(
            post("/track")
                .with(csrf())
                .with(from("10.2.0.1"))
                .param("number", number.value())
                .param("code", work.verificationCode(number)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "900"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("15 分鐘後再試")));
    mvc.perform(
            get("/api/v1/tracking/" + number.value())
                .param("code", work.verificationCode(number))
                .with(from("10.2.0.2")))
        .andExpect(status().isOk());
  }

  @Test
  void aCaseNumberIsRefusedAfterTheLimitFromManyAddresses() throws Exception {
    CaseNumber number = TrackingFixtures.aCaseWithHistory(context, "THROTTLEB");
    for (int i = 0; i < 3; i++) {
      mvc.perform(
              get("/api/v1/tracking/" + number.value())
                  .param("code", "AAAAAAAA")
                  .with(from("10.3.0." + i)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            get("/api/v1/tracking/" + number.value())
                .param("code", work.verificationCode(number))
                .with(from("10.3.0.9")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
  }
}
