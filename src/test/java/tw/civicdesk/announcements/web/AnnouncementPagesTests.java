// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.announcements.Announcement;
import tw.civicdesk.announcements.AnnouncementCategory;
import tw.civicdesk.announcements.AnnouncementCommands;
import tw.civicdesk.announcements.AnnouncementFixtures;
import tw.civicdesk.announcements.Announcements;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The announcement pages over MockMvc: the public list (pinned first, no draft, the feed named in
 * the head), the agency page's section, one announcement with its file, the English page saying
 * only Chinese exists, the console form's field errors storing nothing, files judged by content,
 * reach by role, audit rows, and the site search's new type.
 */
@IntegrationTest
class AnnouncementPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  String code;

  @BeforeEach
  void agency() {
    agency = TestOrganisation.from(context).agency("ANNP", null);
    code = agency.code().value();
  }

  @Test
  void theListPutsThePinnedOneFirstShowsNoDraftAndNamesTheFeed() throws Exception {
    var now = AnnouncementFixtures.now();
    AnnouncementFixtures.create(
        context,
        agency,
        AnnouncementFixtures.save(
            agency, AnnouncementCategory.NEWS, "置頂的舊消息", now.minusDays(5), null, true));
    AnnouncementFixtures.published(context, agency, AnnouncementCategory.RECRUITMENT, "較新的徵才消息");
    AnnouncementFixtures.draft(context, agency, "還不能看的草稿");
    Document list = page(get("/agencies/" + code + "/announcements"));
    assertThat(list.select(".link-list li > a").eachText()).containsExactly("置頂的舊消息", "較新的徵才消息");
    assertThat(list.text()).doesNotContain("還不能看的草稿");
    assertThat(list.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("/agencies/" + code + "/feed.atom");
    Document recruiting =
        page(get("/agencies/" + code + "/announcements").param("category", "recruitment"));
    assertThat(recruiting.select(".link-list li > a").eachText()).containsExactly("較新的徵才消息");
    assertThat(recruiting.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("/agencies/" + code + "/feed.atom?category=recruitment");
    mvc.perform(get("/agencies/" + code + "/announcements").param("category", "gossip"))
        .andExpect(status().isNotFound());

    Document agencyPage = page(get("/agencies/" + code));
    assertThat(agencyPage.select("ul.agency-sections a[href=/agencies/" + code + "/announcements]"))
        .hasSize(1);
    assertThat(agencyPage.select("ul.agency-sections li li a").eachText())
        .containsExactly("置頂的舊消息", "較新的徵才消息");
    assertThat(agencyPage.select("link[rel=alternate][type=application/atom+xml]")).hasSize(1);
  }

  @Test
  void anAnnouncementWithAFileIsPublishedThroughTheFormAndItsFileDownloads() throws Exception {
    var now = AnnouncementFixtures.now();
    String location =
        mvc.perform(
                form(
                        multipart("/console/announcements/new"),
                        "附件下載測試公告",
                        now.minusMinutes(5).toString())
                    .file(
                        new MockMultipartFile(
                            "files", "報名表.pdf", "application/pdf", AttachmentSamples.PDF))
                    .param("agency", code)
                    .with(user(agency.as(Role.QUALITY_OFFICER))))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    Document show = page(get("/agencies/" + code + "/announcements/" + id));
    assertThat(show.select("h1").text()).isEqualTo("附件下載測試公告");
    assertThat(show.select(".prose p").eachText()).containsExactly("第一段。", "第二段 <b>不是標記</b>");
    String file = show.select("a[href*=/files/]").attr("href");
    var download = mvc.perform(get(file)).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(download.getContentAsByteArray()).isEqualTo(AttachmentSamples.PDF);
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
    Document english = page(get("/agencies/" + code + "/announcements/" + id).param("lang", "en"));
    assertThat(english.select(".alert").text()).isEqualTo("This announcement is in Chinese only.");
    assertThat(english.select("h1").attr("lang")).isEqualTo("zh-Hant-TW");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where action = ? and subject_id = ? and actor = ?")
                .params(
                    Announcements.AUDIT, Long.toString(id), agency.username(Role.QUALITY_OFFICER))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    mvc.perform(
            get("/api/v1/search")
                .param("q", "附件下載測試")
                .param("type", "announcement")
                .param("agency", code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits[0].type").value("announcement"))
        .andExpect(jsonPath("$.hits[0].url").value("/agencies/" + code + "/announcements/" + id));
  }

  @Test
  void theFormShowsEveryProblemBesideItsFieldAndStoresNothing() throws Exception {
    int before = count();
    var now = AnnouncementFixtures.now();
    Document refused =
        Jsoup.parse(
            mvc.perform(
                    multipart("/console/announcements/new")
                        .file(
                            new MockMultipartFile(
                                "files", "run.exe", "application/pdf", AttachmentSamples.EXE))
                        .param("agency", code)
                        .param("category", "GOSSIP")
                        .param("unitId", "")
                        .param("titleZh", " ")
                        .param("bodyZh", "")
                        .param("bodyEn", "English without a title")
                        .param("publishAt", now.toString())
                        .param("expireAt", now.minusDays(1).toString())
                        .with(csrf())
                        .with(user(agency.as(Role.AGENCY_ADMIN))))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(refused.select(".field-error").eachAttr("id"))
        .containsExactlyInAnyOrder(
            "category-error",
            "unitId-error",
            "titleZh-error",
            "bodyZh-error",
            "titleEn-error",
            "expireAt-error",
            "files-error");
    assertThat(refused.select(".error-summary li")).hasSize(7);
    assertThat(refused.select("#files-error").text()).contains("PDF");
    Document badTime =
        Jsoup.parse(
            mvc.perform(
                    form(post("/console/announcements/new"), "時間格式錯誤", "明天早上")
                        .param("agency", code)
                        .with(user(agency.as(Role.QUALITY_OFFICER))))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(badTime.select("#publishAt-error").text()).contains("2026-12-08");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void onlyTheAgencysAdministratorsAndQualityOfficersWriteAndAnotherAgencyIsNotFound()
      throws Exception {
    Announcement a = AnnouncementFixtures.draft(context, agency, "權限測試公告");
    mvc.perform(get("/console/announcements").with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            form(post("/console/announcements/new"), "承辦人不能發布", "")
                .with(user(agency.as(Role.COUNTER_CLERK))))
        .andExpect(status().isForbidden());
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("ANNO", null);
    for (String path :
        new String[] {
          "/console/announcements/" + a.id(), "/console/announcements/" + a.id() + "/edit"
        }) {
      mvc.perform(get(path).with(user(other.as(Role.QUALITY_OFFICER))))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            post("/console/announcements/" + a.id() + "/withdraw")
                .param("version", Integer.toString(a.version()))
                .with(csrf())
                .with(user(other.as(Role.AGENCY_ADMIN))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/console/announcements/" + a.id()).with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk());
    mvc.perform(get("/agencies/" + code + "/announcements/" + a.id()))
        .andExpect(status().isNotFound());
  }

  @Test
  void theHomePageListsCurrentDisasterInformationFirst() throws Exception {
    AnnouncementFixtures.published(context, agency, AnnouncementCategory.NEWS, "首頁一般消息");
    var now = AnnouncementFixtures.now();
    AnnouncementFixtures.create(
        context,
        agency,
        new AnnouncementCommands.Save(
            "DISASTER",
            agency.unit().id(),
            "首頁防災消息",
            "",
            "停班停課。",
            "",
            now.minusDays(2),
            now.plusDays(1),
            false));
    Document home = page(get("/"));
    assertThat(home.select("#announcements-heading")).hasSize(1);
    assertThat(home.select("ul[aria-labelledby=announcements-heading] > li .tag").first().text())
        .isEqualTo("防災資訊");
    assertThat(home.text()).contains("首頁防災消息");
  }

  private <B extends AbstractMockHttpServletRequestBuilder<B>> B form(
      B request, String title, String publishAt) {
    return request
        .param("category", "NEWS")
        .param("unitId", Long.toString(agency.unit().id()))
        .param("titleZh", title)
        .param("bodyZh", "第一段。\n\n第二段 <b>不是標記</b>")
        .param("publishAt", publishAt)
        .with(csrf());
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private int count() {
    return jdbc.sql("select count(*) from announcement where agency_code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }
}
