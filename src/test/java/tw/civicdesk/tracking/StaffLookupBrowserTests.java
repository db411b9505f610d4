// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A counter clerk of a supervising agency signs in, follows the console's link to the case look-up
 * and finds a case of an office below it with the keyboard alone; the form, the result and a "not
 * found" pass axe-core in both languages.
 */
@IntegrationTest
class StaffLookupBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void theLookUpFormItsResultAndNotFoundPassAxeInBothLanguages() {
    TestOrganisation orgs = TestOrganisation.from(context);
    TestOrganisation.Setup county = orgs.agency("BRLKCOUNTY", null);
    CaseNumber number =
        TrackingFixtures.aCaseWithHistory(context, orgs.agency("BRLKTOWN", county.code()));
    signIn(county.username(Role.COUNTER_CLERK));
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("a[href='/console/track']")).click());
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/track?lang=" + lang));
      assertAccessible("look-up form " + lang);
      WebElement field = browser.findElement(By.id("number"));
      field.sendKeys(number.value());
      andWaitForNextPage(() -> field.sendKeys(Keys.ENTER));
      assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).isNotEmpty();
      assertThat(browser.getPageSource()).contains("→ " + TestOrganisation.MEMBER_NAME);
      assertAccessible("look-up result " + lang);
      WebElement again = browser.findElement(By.id("number"));
      again.clear();
      again.sendKeys(number.value().replaceAll("-\\d+$", "-99999"));
      andWaitForNextPage(() -> again.sendKeys(Keys.ENTER));
      assertThat(browser.findElement(By.id("number-error")).isDisplayed()).isTrue();
      assertAccessible("look-up not found " + lang);
    }
  }
}
