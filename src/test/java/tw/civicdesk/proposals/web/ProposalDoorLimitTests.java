// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.proposals.ProposalReads;
import tw.civicdesk.proposals.ProposalSetup;
import tw.civicdesk.proposals.ProposalsSettings;

/**
 * The citizens' form is an anonymous door ({@value ProposalsSettings#CITIZEN_DOOR}): one client
 * address sends at most {@value ThrottleLimits#FILINGS} proposals an hour; the next is refused with
 * 429 and Retry-After and stores nothing, while another address still gets through.
 */
@ThrottleLimits
class ProposalDoorLimitTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ProposalSetup setup;
  @Autowired ProposalReads reads;

  @Test
  void proposalsBeyondTheHourlyLimitOfOneAddressAreRefusedWith429AndNotStored() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRD", null);
    setup.setCitizenFormOpen(agency.as(Role.QUALITY_OFFICER), agency.code(), true);
    String path = "/agencies/" + agency.code().value() + "/proposals/new";
    for (int i = 0; i < ThrottleLimits.FILINGS; i++) {
      mvc.perform(proposal(path, "203.0.113.21", i)).andExpect(status().is3xxRedirection());
    }
    mvc.perform(proposal(path, "203.0.113.21", 99))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(proposal(path, "203.0.113.22", 100)).andExpect(status().is3xxRedirection());
    assertThat(reads.list(agency.as(Role.QUALITY_OFFICER), agency.code()))
        .hasSize(ThrottleLimits.FILINGS + 1)
        .noneMatch(p -> p.title().zh().endsWith("99"));
  }

  private static MockHttpServletRequestBuilder proposal(String path, String address, int n) {
    return post(path)
        .with(csrf())
        .with(
            r -> {
              r.setRemoteAddr(address);
              return r;
            })
        .param("titleZh", "民眾建議" + n)
        .param("problem", "排隊太久")
        .param("idea", "線上抽號碼牌");
  }
}
