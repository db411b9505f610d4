// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.links.LinkFixtures;
import tw.civicdesk.links.LinkKind;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.links.Links;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The link pages over MockMvc: the public lists in both languages (and linked from the agency
 * page), the administrator's form with its field errors and audit row, reach by role — the console
 * list only for administrators, a link's form also for its owner, the quality pages for quality
 * officers, heads and administrators, 404 for everyone else and for other agencies.
 */
@IntegrationTest
class LinkPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Links links;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  TestOrganisation.Setup other;
  Link disaster;

  @BeforeEach
  void lists() {
    agency = TestOrganisation.from(context).agency("LNP", null);
    other = TestOrganisation.from(context).agency("LNQ", null);
    LocalDate review = LocalDate.now().plusYears(1);
    disaster =
        LinkFixtures.link(
            context, agency, LinkKind.DISASTER, "颱風動態", "https://www.cwa.gov.tw/", review, null);
    LinkFixtures.link(
        context, agency, LinkKind.RELATED_SITES, "我的E政府", "https://www.gov.tw/", review, null);
  }

  @Test
  void thePublicPageListsBothListsInBothLanguagesAndTheAgencyPageLinksIt() throws Exception {
    String a = agency.code().value();
    Document zh = page("/agencies/" + a + "/links", "zh-TW");
    assertThat(zh.select("h2").eachText()).containsExactly("防災專區", "好站相連");
    assertThat(zh.select("a[href=https://www.cwa.gov.tw/]").text()).isEqualTo("颱風動態");
    Document en = page("/agencies/" + a + "/links", "en");
    assertThat(en.select("h2").eachText()).containsExactly("Disaster information", "Related sites");
    assertThat(en.select("a[href=https://www.gov.tw/]").text()).isEqualTo("Title 我的E政府");
    assertThat(
            page("/agencies/" + a, "zh-TW")
                .select(".agency-sections a[href=/agencies/" + a + "/links]"))
        .hasSize(1);
    mvc.perform(get("/agencies/NO-SUCH-AGENCY/links")).andExpect(status().isNotFound());
  }

  @Test
  void anAdministratorAddsALinkAndAWrongAddressIsShownNextToItsField() throws Exception {
    var admin = agency.as(Role.AGENCY_ADMIN);
    String html =
        mvc.perform(
                post("/console/links/new")
                    .param("agency", agency.code().value())
                    .param("kind", "RELATED_SITES")
                    .param("titleZh", "檔案下載")
                    .param("url", "ftp://files.example.org/")
                    .param("position", "20")
                    .param("ownerUnitId", Long.toString(agency.unit().id()))
                    .param("reviewOn", "2027-06-30")
                    .with(user(admin))
                    .with(csrf()))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("#url-error").text()).contains("http://");
    assertThat(page.select(".error-summary a[href=#url]")).hasSize(1);

    mvc.perform(
            post("/console/links/new")
                .param("agency", agency.code().value())
                .param("kind", "RELATED_SITES")
                .param("titleZh", "檔案下載")
                .param("url", "https://files.example.org/")
                .param("position", "20")
                .param("ownerUnitId", Long.toString(agency.unit().id()))
                .param("reviewOn", "2027-06-30")
                .with(user(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(links.all(admin, agency.code()))
        .extracting(Link::url)
        .contains("https://files.example.org/");
    long audited =
        jdbc.sql("select count(*) from audit_log where action = 'LINK_CHANGED' and agency_code = ?")
            .param(agency.code().value())
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(3);
  }

  @Test
  void eachPageOpensOnlyForItsRolesAndOwnAgency() throws Exception {
    String edit = "/console/links/" + disaster.id() + "/edit";
    for (Role role : List.of(Role.AGENCY_ADMIN)) {
      mvc.perform(get("/console/links").with(user(agency.as(role)))).andExpect(status().isOk());
      mvc.perform(get("/console/links/new").with(user(agency.as(role)))).andExpect(status().isOk());
    }
    for (Role role : List.of(Role.AGENCY_ADMIN, Role.UNIT_HEAD)) {
      mvc.perform(get(edit).with(user(agency.as(role)))).andExpect(status().isOk());
    }
    for (Role role : List.of(Role.QUALITY_OFFICER, Role.AGENCY_HEAD, Role.AGENCY_ADMIN)) {
      mvc.perform(get("/console/links/broken").with(user(agency.as(role))))
          .andExpect(status().isOk());
      mvc.perform(get("/console/freshness").with(user(agency.as(role)))).andExpect(status().isOk());
    }
    for (Role role : List.of(Role.CASE_OFFICER, Role.COUNTER_CLERK)) {
      mvc.perform(get("/console/links").with(user(agency.as(role))))
          .andExpect(status().isNotFound());
      mvc.perform(get(edit).with(user(agency.as(role)))).andExpect(status().isNotFound());
      mvc.perform(get("/console/links/broken").with(user(agency.as(role))))
          .andExpect(status().isNotFound());
      mvc.perform(get("/console/freshness").with(user(agency.as(role))))
          .andExpect(status().isNotFound());
    }
    var stranger = other.as(Role.AGENCY_ADMIN);
    mvc.perform(get(edit).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(
            post("/console/links/" + disaster.id() + "/delete")
                .param("version", "0")
                .with(user(stranger))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/console/links/" + disaster.id() + "/delete")
                .param("version", "0")
                .with(user(agency.as(Role.UNIT_HEAD)))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/console/links/broken")
                .param("agency", agency.code().value())
                .with(user(other.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isNotFound());
  }

  private Document page(String path, String lang) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).param("lang", lang))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
