// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A citizen looks a case up on {@code /track} with the keyboard alone; the form and the timeline
 * pass axe-core in both languages, on a desktop and on a phone-sized window.
 */
@IntegrationTest
class TrackingBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;

  @Test
  void theTrackingPageAndItsTimelinePassAxeInBothLanguagesOnADesktopAndAPhone() {
    CaseNumber number = TrackingFixtures.aCaseWithHistory(context, "BRTRACK");
    try {
      for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
        browser.manage().window().setSize(size);
        for (String lang : List.of("zh-TW", "en")) {
          browser.get(url("/track?lang=" + lang + "&number=" + number.value()));
          assertAccessible("track form " + lang + " " + size);
          WebElement code = browser.findElement(By.id("code"));
          code.sendKeys(work.verificationCode(number));
          andWaitForNextPage(() -> code.sendKeys(Keys.ENTER));
          assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).isNotEmpty();
          assertThat(browser.getPageSource())
              .doesNotContain(TrackingFixtures.officer(number), TestOrganisation.MEMBER_NAME);
          assertAccessible("track timeline " + lang + " " + size);
        }
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }
}
