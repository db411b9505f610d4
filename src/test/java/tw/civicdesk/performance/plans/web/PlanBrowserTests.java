// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

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
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A township's quality officer reaches the plans from the console's navigation with the keyboard,
 * drafts a plan with the keyboard alone, and every plan page — list, plan, edit, heading and
 * practice forms, the reason page of a revision, history, the public plan — and the framework pages
 * pass axe-core in both languages.
 */
@IntegrationTest
class PlanBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Plans plans;

  @Test
  void thePlanPagesWorkWithTheKeyboardAndPassAxeInBothLanguages() throws IOException {
    TestOrganisation orgs = TestOrganisation.from(context);
    Setup county = orgs.agency("PBC", null);
    Setup township = orgs.agency("PBT", county.code());
    PlanSamples samples = new PlanSamples(plans);
    samples.publishedTemplate(county);
    Plan plan = samples.published(township);
    plan =
        plans.revise(
            township.as(Role.QUALITY_OFFICER),
            plan.id(),
            plan.version(),
            plan.title(),
            PlanSamples.content(),
            "配合縣府函修正");
    String base = "/console/plans/" + plan.id();

    signIn(township.username(Role.QUALITY_OFFICER));
    browser.findElement(By.cssSelector(".console-nav.wide .nav-quality summary")).click();
    WebElement link =
        browser.findElement(By.cssSelector(".console-nav.wide a[href='/console/plans']"));
    andWaitForNextPage(() -> link.sendKeys(Keys.ENTER));
    assertThat(browser.getCurrentUrl()).endsWith("/console/plans");

    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/plans?lang=" + lang));
      assertAccessible("plan list " + lang);
      draftWithTheKeyboard(lang.equals("en") ? "2028" : "2027");
      assertThat(browser.getCurrentUrl()).endsWith("/edit");
      assertAccessible("edit page of a draft " + lang);
      for (String page :
          List.of(
              base,
              base + "/edit",
              base + "/history",
              base + "/nodes/new?parent=n1",
              base + "/nodes/n1/edit",
              base + "/practices/p1/edit",
              base + "/nodes/n1/practices/new",
              base + "/practices/p1/delete",
              base + "/nodes/n1/move?direction=down")) {
        browser.get(url(page));
        assertThat(browser.findElements(By.tagName("h1"))).as(page).hasSize(1);
        assertAccessible(page + " " + lang);
      }
      screenshot("plan-history-" + lang);
      browser.get(url("/agencies/" + township.code().value() + "/plan"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(plan.title());
      assertAccessible("public plan " + lang);
      screenshot("public-plan-" + lang);
    }
  }

  /** Fills the "draft a new plan" form field by field with the keyboard and submits it. */
  private static void draftWithTheKeyboard(String year) {
    WebElement field = browser.findElement(By.id("year"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), year);
    field.sendKeys(Keys.TAB);
    WebElement title = browser.switchTo().activeElement();
    assertThat(title.getAttribute("id")).isEqualTo("title");
    title.sendKeys(year + " 提升服務品質執行計畫");
    andWaitForNextPage(() -> title.sendKeys(Keys.ENTER));
  }

  @Test
  void theFrameworkPagesPassAxeInBothLanguages() {
    Setup agency = TestOrganisation.from(context).agency("PBF", null);
    signIn(agency.username(Role.SYSTEM_ADMIN));
    // Frameworks are under the navigation's 管理 (administration) disclosure.
    browser.findElement(By.cssSelector(".console-nav.wide .nav-more summary")).click();
    WebElement link =
        browser.findElement(
            By.cssSelector(".console-nav.wide .nav-more a[href='/console/frameworks']"));
    andWaitForNextPage(() -> link.sendKeys(Keys.ENTER));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/frameworks?lang=" + lang));
      assertAccessible("frameworks " + lang);
      browser.get(url("/console/frameworks/SQA-FRONTLINE"));
      assertThat(browser.findElements(By.cssSelector("input[name='nodes[0].titleZh']"))).hasSize(1);
      assertAccessible("framework " + lang);
    }
  }
}
