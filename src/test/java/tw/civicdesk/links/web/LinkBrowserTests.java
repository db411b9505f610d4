// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.faq.FaqFixtures;
import tw.civicdesk.links.LinkCheck;
import tw.civicdesk.links.LinkFixtures;
import tw.civicdesk.links.LinkKind;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The link pages — the public lists, the administrator's list and form (with a broken, checked
 * link), the broken links and the content-freshness report — and the pages linking the lists and
 * the handbook (the agency page, the console's services page) pass axe-core in both languages at
 * desktop and phone size without scrolling sideways.
 */
@IntegrationTest
class LinkBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired LinkCheck check;

  @Test
  void everyLinkPagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("LNB", null);
    LocalDate today = LocalDate.now();
    Link broken =
        LinkFixtures.link(
            context,
            agency,
            LinkKind.DISASTER,
            "水情資訊（舊網址）",
            url("/no-such-page-for-the-link-check"),
            today.minusDays(3),
            null);
    LinkFixtures.link(
        context, agency, LinkKind.RELATED_SITES, "我的E政府", url("/"), today.plusYears(1), null);
    check.checkOne(broken.id(), today.minusWeeks(1));
    check.checkOne(broken.id(), today);
    FaqFixtures.published(context, agency, "LNB", "停電時要找誰？");
    String a = agency.code().value();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("public", "/agencies/" + a + "/links");
    pages.put("console", "/console/links");
    pages.put("new", "/console/links/new");
    pages.put("edit", "/console/links/" + broken.id() + "/edit");
    pages.put("broken", "/console/links/broken");
    pages.put("freshness", "/console/freshness");
    // the agency page's sections and the console's services page link the handbook
    pages.put("agency", "/agencies/" + a);
    pages.put("services", "/console/services");
    signIn(agency.username(Role.AGENCY_ADMIN));
    int checked = 0;
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      String size = phone ? "phone" : "desktop";
      for (String lang : List.of("zh-TW", "en")) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          String path = page.getValue();
          browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
          String name = path + " " + lang + " " + size;
          screenshot("links-" + page.getKey() + "-" + lang + "-" + size);
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(2 * 2 * pages.size());
    atDesktopSize();
  }
}
