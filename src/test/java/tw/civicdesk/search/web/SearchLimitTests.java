// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.ThrottleLimits;

/**
 * The public search page and API are one anonymous door: one client address makes at most {@value
 * ThrottleLimits#FILINGS} searches an hour there; the next is refused with 429 and Retry-After,
 * while another address still searches.
 */
@ThrottleLimits
class SearchLimitTests {

  @Autowired MockMvc mvc;

  private static MockHttpServletRequestBuilder from(String address, String path) {
    return get(path)
        .param("q", "路燈")
        .with(
            r -> {
              r.setRemoteAddr(address);
              return r;
            });
  }

  @Test
  void searchesBeyondTheHourlyLimitOfOneAddressAreRefusedOnThePageAndTheApi() throws Exception {
    String address = "203.0.113.91";
    for (int i = 0; i < ThrottleLimits.FILINGS; i++) {
      mvc.perform(from(address, i % 2 == 0 ? "/api/v1/search" : "/search"))
          .andExpect(status().isOk());
    }
    mvc.perform(from(address, "/api/v1/search"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(from(address, "/search")).andExpect(status().isTooManyRequests());
    mvc.perform(from("203.0.113.92", "/search")).andExpect(status().isOk());
  }
}
