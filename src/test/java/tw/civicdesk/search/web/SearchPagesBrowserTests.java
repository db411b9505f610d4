// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.search.SearchDocument;
import tw.civicdesk.search.SearchIndex;

/**
 * The site search in a real Chromium: the header's box on a public page takes a query by keyboard
 * to the results page, which highlights matches, filters by type and passes axe-core in both
 * languages, at desktop and phone sizes, as does the "nothing found" state and the console's index
 * page.
 */
@IntegrationTest
class SearchPagesBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired SearchIndex search;

  @Test
  void theHeaderBoxLeadsToAccessibleResultsInBothLanguages() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("SPAGE", null);
    String a = agency.code().value();
    search.put(
        new SearchDocument(
            "faq",
            a + "-FAQ-LIGHT",
            a,
            new BilingualText("路燈不亮要找誰？", "Who fixes a street light?"),
            new BilingualText(
                "路燈不亮時請打 1999，說出燈桿上的編號。",
                "Call 1999 about a street light; give the number on the pole."),
            "/faq/" + a + "-FAQ-LIGHT"));
    for (String lang : List.of("zh-TW", "en")) {
      atDesktopSize();
      browser.get(url("/?lang=" + lang));
      shoot("home-desktop-" + lang);
      var box = browser.findElement(By.id("site-search-q"));
      box.sendKeys(lang.equals("en") ? "street lights" : "路燈");
      andWaitForNextPage(() -> box.sendKeys(Keys.ENTER));
      assertThat(browser.getCurrentUrl()).contains("/search?q=");
      assertThat(browser.findElements(By.cssSelector(".search-hits mark"))).isNotEmpty();
      assertThat(browser.findElements(By.id("site-search-q"))).isEmpty();
      assertAccessible("search results " + lang);
      shoot("results-desktop-" + lang);
      atPhoneSize();
      assertNoHorizontalScroll("search results " + lang);
      shoot("results-phone-" + lang);
      browser.get(url("/?lang=" + lang));
      assertNoHorizontalScroll("home with the search box " + lang);
      shoot("home-phone-" + lang);
      browser.get(url("/search?q=%E7%81%AB%E6%98%9F%E4%BA%BA&lang=" + lang));
      assertThat(browser.findElements(By.cssSelector(".search-nothing a[href$='/faq']")))
          .hasSize(1);
      assertAccessible("search nothing found " + lang);
      shoot("nothing-phone-" + lang);
    }
    atDesktopSize();
    signIn(agency.username(Role.SYSTEM_ADMIN));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/search?lang=" + lang));
      assertAccessible("console search " + lang);
      shoot("console-" + lang);
    }
  }

  /** Saves a screenshot when {@code -Dcivicdesk.test.screenshots=<dir>} is given, for review. */
  private static void shoot(String name) {
    String dir = System.getProperty("civicdesk.test.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(Path.of(dir, name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
