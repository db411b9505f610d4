// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The public service list of one agency with 54 services, 3 of them online: the count is the total
 * on every page, the online filter is kept in the URL and its pages, and each online service is
 * marked.
 */
@IntegrationTest
class ServiceListTests {

  static final int OFFLINE = 51;
  static final int ONLINE = 3;

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;

  TestOrganisation.Setup agency;

  @BeforeEach
  void fiftyFourServices() {
    agency = TestOrganisation.from(context).agency("LIST", null);
    StaffPrincipal quality = agency.as(Role.QUALITY_OFFICER);
    ServiceContent online = CatalogueFixtures.lowIncomeCertificate();
    ServiceContent offline = online.withChannels(Set.of(Channel.COUNTER));
    for (int i = 0; i < OFFLINE + ONLINE; i++) {
      ServiceCode code = new ServiceCode(agency.code().value() + "-S" + i);
      var entry =
          editing.create(
              quality, agency.code(), code, agency.unit().id(), i < ONLINE ? online : offline);
      editing.publish(quality, code, entry.revision());
    }
  }

  Document list(String... params) throws Exception {
    var request = get("/services").param("agency", agency.code().value());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  @Test
  void theCountIsTheTotalOnThePageOneAndPageTwo() throws Exception {
    Document first = list("page", "0");
    assertThat(first.select("#results-heading").text()).isEqualTo("共 54 項服務");
    assertThat(first.select(".service-list > li")).hasSize(50);
    Document second = list("page", "1");
    assertThat(second.select("#results-heading").text()).isEqualTo("共 54 項服務");
    assertThat(second.select(".service-list > li")).hasSize(4);
    assertThat(list("page", "1", "lang", "en").select("#results-heading").text())
        .isEqualTo("54 services");
  }

  @Test
  void theOnlineFilterListsAndMarksOnlyOnlineServicesAndStaysInThePageLinks() throws Exception {
    Document all = list();
    assertThat(all.select("input#channel[type=checkbox][value=ONLINE]").hasAttr("checked"))
        .isFalse();
    assertThat(all.select("label[for=channel]").text()).isEqualTo("只顯示可線上申辦的服務");
    assertThat(all.select(".service-list > li .tag-online"))
        .hasSize(ONLINE)
        .allSatisfy(tag -> assertThat(tag.text()).isEqualTo("可線上申辦"));
    assertThat(all.select("nav a[href*='page=1']").attr("href")).contains("channel=&");

    Document online = list("channel", "ONLINE");
    assertThat(online.select("input#channel").hasAttr("checked")).isTrue();
    assertThat(online.select("#results-heading").text()).isEqualTo("共 3 項服務");
    assertThat(online.select(".service-list > li"))
        .hasSize(ONLINE)
        .allSatisfy(li -> assertThat(li.select(".tag-online")).hasSize(1));
    assertThat(online.select(".service-list").text()).doesNotContain(agency.code().value());
  }
}
