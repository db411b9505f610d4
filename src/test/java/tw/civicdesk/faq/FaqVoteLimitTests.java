// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * "Did this help?" is an anonymous door ({@value FaqSettings#VOTE_DOOR}): one client address sends
 * at most {@value ThrottleLimits#FILINGS} votes an hour here; the next is refused with 429 and
 * Retry-After, and is not counted.
 */
@ThrottleLimits
class FaqVoteLimitTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired FaqFeedback feedback;

  @Test
  void votesBeyondTheHourlyLimitOfOneAddressAreRefusedAndNotCounted() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("FAQL", null);
    var entry = FaqFixtures.published(context, agency, "LIMIT", "停車場收費嗎？");
    String path = "/faq/" + entry.entry().code().value() + "/vote";
    for (int i = 0; i < ThrottleLimits.FILINGS; i++) {
      mvc.perform(
              post(path)
                  .with(csrf())
                  .with(
                      r -> {
                        r.setRemoteAddr("203.0.113.77");
                        return r;
                      })
                  .param("helpful", "no"))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(
            post(path)
                .with(csrf())
                .with(
                    r -> {
                      r.setRemoteAddr("203.0.113.77");
                      return r;
                    })
                .param("helpful", "no"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    assertThat(feedback.unhelpful(agency.as(Role.QUALITY_OFFICER), agency.code()))
        .singleElement()
        .satisfies(u -> assertThat(u.unhelpful()).isEqualTo(ThrottleLimits.FILINGS));
  }
}
