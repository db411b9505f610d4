// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A public search of an agency that finds nothing reaches that agency's quality officer on the FAQ
 * feedback page, counted; one that looks like an ID number never does.
 */
@IntegrationTest
class MissedSearchesPageTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  @Test
  void aSearchThatFoundNothingIsListedWithItsCountButAnIdNumberIsNot() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("MISS", null);
    String scope = agency.code().value();
    for (String q : new String[] {"狗狗晶片植入", "狗狗晶片植入", "A123456789"}) {
      mvc.perform(get("/api/v1/search").param("q", q).param("agency", scope))
          .andExpect(status().isOk());
    }
    Document page =
        Jsoup.parse(
            mvc.perform(get("/console/faq/feedback").with(user(agency.as(Role.QUALITY_OFFICER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("th[scope=row]").eachText()).contains("狗狗晶片植入");
    assertThat(page.select("th[scope=row]:contains(狗狗晶片植入) + td").text()).isEqualTo("2");
    assertThat(page.text()).doesNotContain("A123456789").doesNotContain("a123456789");
  }
}
