// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.announcements.Announcement;
import tw.civicdesk.announcements.AnnouncementCategory;
import tw.civicdesk.announcements.AnnouncementCommands;
import tw.civicdesk.announcements.AnnouncementFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The announcement pages — public list, one announcement, the agency page and the home page with
 * their lists, the console list, preview and form (blank and with problems) — pass axe-core in both
 * languages at desktop and phone size (390x844) without scrolling sideways.
 */
@IntegrationTest
class AnnouncementBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void everyAnnouncementPagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("ANNB", null);
    var now = AnnouncementFixtures.now();
    Announcement a =
        AnnouncementFixtures.create(
            context,
            agency,
            new AnnouncementCommands.Save(
                "DISASTER",
                agency.unit().id(),
                "豪雨特報：請遠離河川及低窪地區，並注意土石流警戒",
                "Heavy rain: keep away from rivers and low ground, and watch for landslides",
                "中央氣象署發布豪雨特報。\n\n如需協助請撥打本所值班電話。",
                "A heavy rain warning is in force.\n\nCall our duty line for help.",
                now.minusHours(2),
                now.plusDays(2),
                true));
    AnnouncementFixtures.published(context, agency, AnnouncementCategory.RECRUITMENT, "約僱人員甄選簡章");
    String code = agency.code().value();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("public-list", "/agencies/" + code + "/announcements");
    pages.put("public-one", "/agencies/" + code + "/announcements/" + a.id());
    pages.put("agency", "/agencies/" + code);
    pages.put("home", "/");
    pages.put("console-list", "/console/announcements");
    pages.put("console-preview", "/console/announcements/" + a.id());
    pages.put("console-new", "/console/announcements/new");
    pages.put("console-edit", "/console/announcements/" + a.id() + "/edit");
    signIn(agency.username(Role.QUALITY_OFFICER));
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
          screenshot("announcements-" + page.getKey() + "-" + lang + "-" + size);
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
        }
        formWithProblems(lang, size);
      }
    }
    atDesktopSize();
  }

  private void formWithProblems(String lang, String size) throws IOException {
    browser.get(url("/console/announcements/new?lang=" + lang));
    WebElement title = browser.findElement(By.id("titleZh"));
    title.sendKeys("只有標題");
    andWaitForNextPage(() -> title.sendKeys(Keys.ENTER));
    assertThat(browser.findElements(By.cssSelector(".error-summary a"))).isNotEmpty();
    assertThat(browser.findElement(By.id("bodyZh-error")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("titleZh")).getAttribute("value")).isEqualTo("只有標題");
    assertAccessible("form with problems " + lang + " " + size);
    assertNoHorizontalScroll("form with problems " + lang + " " + size);
    screenshot("announcements-form-errors-" + lang + "-" + size);
  }
}
