// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.evaluation.EvaluationFixtures;
import tw.civicdesk.performance.evaluation.Evaluations;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A county's quality officer reviews a township's plan with the keyboard alone: a score above the
 * item's points is shown next to its field, the corrected one lands in the totals; the evaluation
 * page (with and without errors) and the overview pass axe-core in both languages.
 */
@IntegrationTest
class EvaluationBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Evaluations evaluations;

  @Test
  void aReviewerScoresWithTheKeyboardAndThePagesPassAxeInBothLanguages() throws IOException {
    TestOrganisation orgs = TestOrganisation.from(context);
    TestOrganisation.Setup county = orgs.agency("EBCOUNTY", null);
    TestOrganisation.Setup township = orgs.agency("EBTOWN", county.code());
    Plan plan = new EvaluationFixtures(context).approvedPlan(township, 2026, "SQA-FRONTLINE");
    evaluations.open(township.as(Role.QUALITY_OFFICER), plan.id(), null);
    evaluations.score(
        township.as(Role.QUALITY_OFFICER),
        plan.id(),
        EvaluationFixtures.sheet("01.01", 180, "03.01", 250));
    signIn(county.username(Role.QUALITY_OFFICER));
    String page = "/console/plans/" + plan.id() + "/evaluation";

    browser.get(url(page + "?lang=zh-TW"));
    WebElement first = browser.findElement(By.id("score-01-01"));
    first.sendKeys("150");
    first.sendKeys(Keys.TAB);
    browser.switchTo().activeElement().sendKeys("流程清楚");
    WebElement second = browser.findElement(By.id("score-01-02"));
    second.sendKeys("120");
    andWaitForNextPage(() -> second.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.id("score-01-02-error")).getText()).contains("0 至 100");
    assertAccessible("evaluation with a field error zh-TW");
    screenshot("evaluation-error-zh-TW");
    WebElement again = browser.findElement(By.id("score-01-02"));
    again.clear();
    again.sendKeys("90");
    andWaitForNextPage(() -> again.sendKeys(Keys.ENTER));
    assertThat(
            browser.findElements(By.cssSelector("#scores-table tfoot td")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly("1000", "430", "240", "—");

    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url(page + "?lang=" + lang));
      assertAccessible("evaluation " + lang);
      screenshot("evaluation-" + lang);
      browser.get(url("/console/performance/overview?year=2026&lang=" + lang));
      assertThat(browser.findElement(By.cssSelector("#overview-table tbody th")).getText())
          .isNotBlank();
      assertAccessible("overview " + lang);
      screenshot("overview-" + lang);
    }
    WebElement year = browser.findElement(By.id("year"));
    year.clear();
    year.sendKeys("20x6");
    andWaitForNextPage(() -> year.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.id("year-error")).isDisplayed()).isTrue();
    assertAccessible("overview with a field error en");
  }
}
