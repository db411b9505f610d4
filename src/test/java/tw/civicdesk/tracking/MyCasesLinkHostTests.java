// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.ThrottleLimits;

/**
 * Without {@code civicdesk.public-base-url}, a "my cases" link — a secret sent to an inbox the
 * requester need not own — never points at the host a request names (host-header poisoning): only a
 * loopback host or a trusted proxy's forwarded host makes it a whole link (ADR 0033).
 */
@ThrottleLimits
class MyCasesLinkHostTests {

  static final AtomicInteger CLIENTS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  String myCasesMail(String host) throws Exception {
    String address = "host-" + UUID.randomUUID() + "@example.invalid";
    TrackingFixtures.aCaseFiledBy(context, "MINEHOST", address);
    mvc.perform(
            post("/track/mine")
                .with(csrf())
                .header("Host", host)
                .with(
                    r -> {
                      r.setRemoteAddr("10.68.0." + (CLIENTS.incrementAndGet() % 250 + 1));
                      return r;
                    })
                .param("address", address))
        .andExpect(status().isOk());
    return jdbc.sql(
            "select body_text from notification_message where recipient = ?"
                + " and body_text like '%/track/mine/%'")
        .param(address)
        .query(String.class)
        .single();
  }

  @Test
  void aMyCasesLinkAskedForUnderAForeignHostNeverPointsThere() throws Exception {
    assertThat(myCasesMail("attacker.example"))
        .contains("/track/mine/")
        .doesNotContain("attacker.example");
  }

  @Test
  void aMyCasesLinkAskedForOnTheLoopbackIsAWholeLink() throws Exception {
    assertThat(myCasesMail("localhost:" + port))
        .contains("http://localhost:" + port + "/track/mine/");
  }
}
