// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.PetitionFixtures;

/**
 * The public form's two anonymous doors are limited per client address and hour ({@value
 * ThrottleLimits#FILINGS} filings, {@value ThrottleLimits#FOLLOWS} follows here): the next request
 * is the 429 page with Retry-After and stores nothing; another address is not affected.
 */
@ThrottleLimits
class FeedbackLimitTests {

  static int clients;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyTakingReports() {
    agency = TestOrganisation.from(context).agency("FLIM", null);
    PetitionFixtures.open(context, agency);
  }

  static synchronized String freshClient() {
    clients++;
    return "10.88." + (clients / 250) + "." + (clients % 250 + 1);
  }

  int cases() {
    return jdbc.sql("select count(*) from casework_case where agency_code = ?")
        .param(agency.code().value())
        .query(Integer.class)
        .single();
  }

  @Test
  void theFilingAfterTheLimitIsRefusedAndStoresNothing() throws Exception {
    String client = freshClient();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i <= ThrottleLimits.FILINGS; i++) {
      FeedbackWalk walk = new FeedbackWalk(mvc, client, "zh-TW");
      walk.anonymousReport(agency.code().value(), "drain", "礁溪路五段 " + i);
      MockHttpServletResponse sent = walk.send();
      statuses.add(sent.getStatus());
      if (sent.getStatus() == 429) {
        assertThat(sent.getHeader("Retry-After")).isNotBlank();
        assertThat(sent.getContentAsString()).contains("<html");
      }
    }

    assertThat(statuses).containsExactly(302, 302, 302, 429);
    assertThat(cases()).isEqualTo(ThrottleLimits.FILINGS);
    FeedbackWalk other = new FeedbackWalk(mvc, freshClient(), "en");
    other.anonymousReport(agency.code().value(), "drain", "Jiaoxi Road");
    assertThat(other.send().getStatus()).as("another address").isEqualTo(302);
  }

  @Test
  void theFollowAfterTheLimitIsRefusedAndStoresNothing() throws Exception {
    FeedbackWalk walk = new FeedbackWalk(mvc, freshClient(), "zh-TW");
    walk.anonymousReport(agency.code().value(), "pothole", "礁溪路五段");
    String number = walk.send().getRedirectedUrl().substring("/feedback/filed/".length());
    String client = freshClient();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i <= ThrottleLimits.FOLLOWS; i++) {
      statuses.add(
          mvc.perform(
                  post("/reports/" + number + "/follow")
                      .with(csrf())
                      .with(
                          r -> {
                            r.setRemoteAddr(client);
                            return r;
                          })
                      .param("email", "f" + UUID.randomUUID() + "@example.invalid")
                      .param("consent", "true"))
              .andReturn()
              .getResponse()
              .getStatus());
    }

    assertThat(statuses).containsExactly(302, 302, 429);
    assertThat(
            jdbc.sql("select count(*) from petition_follower where case_number = ?")
                .param(number)
                .query(Integer.class)
                .single())
        .isEqualTo(ThrottleLimits.FOLLOWS);
  }
}
