// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A unit head reports progress with the keyboard alone, sees a refused figure marked next to its
 * field, and submits; the quality officer reviews, looks at the unreported list and a spot check.
 * Every page passes axe-core in Chinese and English.
 */
@IntegrationTest
class MonitoringBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired ProgressReports reports;
  @Autowired SpotChecks checks;

  MonitoringFixtures f;
  String plan;

  @BeforeEach
  void planOf2025() {
    f = MonitoringFixtures.create(context, "MBT", null, 2025);
    plan = "/console/plans/" + f.plan.id();
  }

  @Test
  void aUnitHeadReportsWithTheKeyboardAndThePagePassesAxeInBothLanguages() throws IOException {
    signIn(f.agency.username(Role.UNIT_HEAD));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url(plan + "/progress?period=2025-Q4&lang=" + lang));
      assertAccessible("progress " + lang);
    }
    browser.get(url(plan + "/progress?period=2025-Q4&lang=en"));
    browser.findElement(By.id("p0-status")).sendKeys(Keys.DOWN, Keys.DOWN);
    browser.findElement(By.id("p0-narrative")).sendKeys("Twelve follow-ups sent.");
    WebElement figure = browser.findElement(By.id("p0-fig-0"));
    figure.sendKeys("twelve");
    andWaitForNextPage(() -> figure.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.id("p0-fig-0-error")).getText()).contains("number");
    assertThat(browser.findElement(By.id("p0-fig-0")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertAccessible("progress with errors en");
    screenshot("monitoring-progress-errors-en");
    WebElement again = browser.findElement(By.id("p0-fig-0"));
    again.clear();
    again.sendKeys("12");
    WebElement submit = browser.findElement(By.cssSelector("#practice-pa button[type=submit]"));
    andWaitForNextPage(() -> submit.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .contains("submitted");
    assertThat(reports.reports(f.u1(Role.UNIT_HEAD), f.plan.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.narrative()).isEqualTo("Twelve follow-ups sent."));
    browser.get(url(plan + "/progress?period=2025-Q4&lang=zh-TW"));
    assertAccessible("progress submitted zh-TW");
  }

  @Test
  void theReviewUnreportedAndSpotCheckPagesPassAxeInBothLanguages() throws IOException {
    reports.submit(f.u2Head, f.plan.id(), MonitoringFixtures.report("pc", "U2", "2025-Q4", null));
    SpotCheck check =
        checks.record(
            f.u1(Role.QUALITY_OFFICER),
            f.plan.id(),
            new SpotChecks.NewCheck(
                "2025-11-03",
                "lin",
                "櫃台未張貼服務時間",
                "pb",
                "U1",
                true,
                List.of(new SpotChecks.ActionInput("張貼服務時間", "U1", "2025-11-30"))));
    signIn(f.agency.username(Role.QUALITY_OFFICER));
    for (String lang : List.of("zh-TW", "en")) {
      for (String path :
          List.of(
              "/review",
              "/unreported?period=2025-Q4",
              "/spot-checks",
              "/spot-checks/" + check.id())) {
        browser.get(url(plan + path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        assertAccessible(path + " " + lang);
      }
    }
    browser.get(url(plan + "/review?lang=en"));
    WebElement comment = browser.findElement(By.cssSelector("textarea[name=comment]"));
    comment.sendKeys("Please add the attendance sheet.");
    WebElement returnButton = browser.findElement(By.cssSelector("button[value=RETURN]"));
    andWaitForNextPage(() -> returnButton.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("returned");
    browser.get(url(plan + "/spot-checks/" + check.id() + "?lang=en"));
    WebElement note = browser.findElement(By.id("note-1"));
    note.sendKeys("Posted at the counter.");
    WebElement done = browser.findElement(By.cssSelector("#follow-up-1 button[type=submit]"));
    andWaitForNextPage(() -> done.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Closed");
    assertAccessible("spot check closed en");
    screenshot("monitoring-spot-check-en");
  }
}
