// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A quality officer follows the console's link to the follow-up log and filters it with the
 * keyboard alone; the page passes axe-core in both languages.
 */
@IntegrationTest
class FollowUpLogBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void theFollowUpLogPassesAxeInBothLanguages() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BRFU", null);
    CaseNumber c = FollowUpLogTests.FollowUpLogFixtures.chased(context, agency, "請說明逾期原因", null);
    signIn(agency.username(Role.QUALITY_OFFICER));
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("a[href='/console/follow-ups']")).click());
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/follow-ups?lang=" + lang));
      assertThat(browser.getPageSource()).contains(c.value());
      assertAccessible("follow-up log " + lang);
      andWaitForNextPage(
          () -> browser.findElement(By.cssSelector("form.filters button")).sendKeys(Keys.ENTER));
      assertAccessible("follow-up log filtered " + lang);
    }
  }
}
