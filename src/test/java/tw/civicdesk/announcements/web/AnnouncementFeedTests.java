// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.announcements.Announcement;
import tw.civicdesk.announcements.AnnouncementCategory;
import tw.civicdesk.announcements.AnnouncementCommands;
import tw.civicdesk.announcements.AnnouncementFixtures;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The contract {@code GET /agencies/{code}/feed.atom}: a namespace-aware XML parse, every element
 * RFC 4287 requires of a feed (id, title, updated, author, link rel=self) and of each entry (id,
 * title, updated, link rel=alternate, summary or content) plus published and category; the Atom
 * media type; the category filter; English with a Chinese fallback; an unknown category is 404.
 */
@IntegrationTest
class AnnouncementFeedTests {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  TestOrganisation.Setup agency;
  Announcement news;
  Announcement disaster;

  @BeforeEach
  void announcements() {
    agency = TestOrganisation.from(context).agency("ANNF", null);
    news =
        AnnouncementFixtures.published(
            context, agency, AnnouncementCategory.NEWS, "圖書館整修 & <暫停> 開放");
    var now = AnnouncementFixtures.now();
    disaster =
        AnnouncementFixtures.create(
            context,
            agency,
            new AnnouncementCommands.Save(
                "DISASTER",
                agency.unit().id(),
                "豪雨特報：低窪地區注意積水",
                "Heavy rain: watch for flooding",
                "請遠離河川。",
                "Keep away from rivers.",
                now.minusMinutes(30),
                now.plusDays(2),
                false));
    AnnouncementFixtures.draft(context, agency, "草稿不應出現在訂閱中");
  }

  @Test
  void theFeedIsAtomWithEveryRequiredElementOfTheFeedAndOfEachEntry() throws Exception {
    MvcResult r =
        mvc.perform(get("/agencies/" + agency.code().value() + "/feed.atom"))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(
            MediaType.parseMediaType(r.getResponse().getContentType())
                .isCompatibleWith(MediaType.parseMediaType("application/atom+xml")))
        .isTrue();
    Element feed = parse(r).getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    for (String required : List.of("id", "title", "updated", "author")) {
      assertThat(children(feed, required)).as("feed/" + required).hasSize(1);
    }
    assertThat(text(feed, "id")).startsWith("tag:");
    assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(children(children(feed, "author").get(0), "name")).hasSize(1);
    assertThat(rels(feed)).contains("self", "alternate");
    List<Element> entries = children(feed, "entry");
    assertThat(entries).hasSize(2);
    for (Element e : entries) {
      for (String required : List.of("id", "title", "updated", "published", "summary", "content")) {
        assertThat(children(e, required)).as("entry/" + required).hasSize(1);
      }
      assertThat(text(e, "id")).matches("tag:[^,]+,2026:announcement/\\d+");
      assertThat(rels(e)).containsExactly("alternate");
      assertThat(children(e, "category")).hasSize(1);
      assertThat(children(e, "category").get(0).getAttribute("term")).isNotBlank();
    }
    assertThat(entries.stream().map(e -> text(e, "title")).toList())
        .containsExactly("豪雨特報：低窪地區注意積水", "圖書館整修 & <暫停> 開放");
    assertThat(text(entries.get(1), "id")).endsWith("/" + news.id());
  }

  @Test
  void theCategoryNarrowsTheFeedAndAnUnknownOneIsNotFound() throws Exception {
    Element feed =
        parse(
                mvc.perform(
                        get("/agencies/" + agency.code().value() + "/feed.atom")
                            .param("category", "disaster"))
                    .andExpect(status().isOk())
                    .andReturn())
            .getDocumentElement();
    List<Element> entries = children(feed, "entry");
    assertThat(entries).hasSize(1);
    assertThat(children(entries.get(0), "category").get(0).getAttribute("term"))
        .isEqualTo("disaster");
    assertThat(text(feed, "id")).endsWith("/announcements/disaster");
    String refused =
        mvc.perform(
                get("/agencies/" + agency.code().value() + "/feed.atom")
                    .param("category", "gossip"))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("recruitment");
    mvc.perform(get("/agencies/NO-SUCH-AGENCY/feed.atom")).andExpect(status().isNotFound());
  }

  @Test
  void englishGivesTheEnglishTextsAndFallsBackToChinese() throws Exception {
    Element feed =
        parse(
                mvc.perform(
                        get("/agencies/" + agency.code().value() + "/feed.atom")
                            .param("lang", "en"))
                    .andExpect(status().isOk())
                    .andReturn())
            .getDocumentElement();
    assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
    List<Element> entries = children(feed, "entry");
    assertThat(text(entries.get(0), "title")).isEqualTo("Heavy rain: watch for flooding");
    assertThat(text(entries.get(0), "content")).isEqualTo("Keep away from rivers.");
    assertThat(text(entries.get(1), "title")).isEqualTo("圖書館整修 & <暫停> 開放");
    assertThat(entries.get(1).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
        .isEqualTo("zh-TW");
  }

  static Document parse(MvcResult r) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e
          && ATOM.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }

  static List<String> rels(Element parent) {
    return children(parent, "link").stream().map(l -> l.getAttribute("rel")).toList();
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
