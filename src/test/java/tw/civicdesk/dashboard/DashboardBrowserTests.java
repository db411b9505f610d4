// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A quality officer of a supervising agency reaches the dashboard from the console's navigation
 * with the keyboard alone, sees the agencies below side by side with both charts drawn from the
 * table, switches to one office below by month, and every page passes axe-core in both languages.
 */
@IntegrationTest
class DashboardBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void theDashboardDrawsItsChartsAndPassesAxeInBothLanguages() throws IOException {
    TestOrganisation orgs = TestOrganisation.from(context);
    TestOrganisation.Setup county = orgs.agency("DBBC", null);
    new DashboardFixtures(context, orgs.agency("DBBT", county.code())).all();
    signIn(county.username(Role.QUALITY_OFFICER));
    WebElement link = browser.findElement(By.cssSelector("a[href='/console/dashboard']"));
    andWaitForNextPage(() -> link.sendKeys(Keys.ENTER));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/dashboard?from=2026-02&to=2026-02&lang=" + lang));
      chartsDrawn();
      assertAccessible("dashboard by agency " + lang);
      ((JavascriptExecutor) browser)
          .executeScript("document.getElementById('chart-rate').scrollIntoView()");
      screenshot("dashboard-by-agency-" + lang);
      browser.findElement(By.id("agency")).sendKeys(Keys.DOWN);
      browser.findElement(By.id("by")).sendKeys(Keys.DOWN);
      andWaitForNextPage(
          () -> browser.findElement(By.cssSelector("form.filters button")).sendKeys(Keys.ENTER));
      assertThat(browser.getCurrentUrl()).contains("by=month");
      chartsDrawn();
      assertThat(browser.findElement(By.cssSelector("#figures-table tbody th")).getText())
          .isEqualTo("2026-02");
      assertAccessible("dashboard by month " + lang);
    }
  }

  private static void chartsDrawn() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            driver -> driver.findElements(By.cssSelector("canvas[data-drawn='true']")).size() == 2);
    assertThat(browser.findElement(By.id("chart-rate")).isDisplayed()).isTrue();
  }
}
