// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.evaluation.EvaluationFixtures;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanStatus;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The quality officer's journey — the overview of the agencies below, a plan, its monitoring, its
 * evaluation and the report's download link — and the public plan page, in both languages at
 * desktop and phone size: axe-clean on every step, no enum constant or framework code in the
 * visible text, no sideways scroll on a phone. Closing a plan asks for confirmation first.
 */
@IntegrationTest
class QualityJourneyBrowserTests extends BrowserTest {

  static final List<String> CODES =
      List.of(
          "APPROVED",
          "PUBLISHED",
          "IN_EXECUTION",
          "CLOSED",
          "DRAFT",
          "SQA-FRONTLINE",
          "GSA-OVERALL",
          "ONGOING",
          "QUARTER",
          "PLAN");

  @Autowired ApplicationContext context;
  @Autowired Plans plans;

  @AfterEach
  void desktopAgain() {
    atDesktopSize();
  }

  private Plan inExecution(Setup agency) {
    Plan p = new EvaluationFixtures(context).approvedPlan(agency, 2026, "SQA-FRONTLINE");
    p = plans.take(agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.PUBLISH, null);
    return plans.take(agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.START, null);
  }

  private void step(String name, boolean phone) throws IOException {
    assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
    assertAccessible(name);
    assertNoCodesShown(name, CODES);
    if (phone) {
      assertNoHorizontalScroll(name);
    }
    screenshot("quality-" + name.replace(' ', '-'));
  }

  @Test
  void theQualityOfficersJourneyAndThePublicPlanReadInNamesInBothLanguagesAndSizes()
      throws IOException {
    TestOrganisation orgs = TestOrganisation.from(context);
    Setup county = orgs.agency("QJC", null);
    Setup township = orgs.agency("QJT", county.code());
    Plan plan = inExecution(township);
    String base = "/console/plans/" + plan.id();
    signIn(county.username(Role.QUALITY_OFFICER));
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      for (String lang : List.of("zh-TW", "en")) {
        String at = lang + (phone ? " phone" : " desktop");
        browser.get(url("/console/performance/overview?lang=" + lang));
        step("overview " + at, phone);
        WebElement planLink = browser.findElement(By.cssSelector("#overview-table a"));
        assertThat(planLink.getText()).isEqualTo(plan.title());
        andWaitForNextPage(planLink::click);
        assertThat(browser.getCurrentUrl()).contains(base + "/evaluation");
        step("evaluation " + at, phone);
        browser.get(url(base));
        step("plan " + at, phone);
        assertThat(browser.findElements(By.cssSelector("a[href$='" + base + "/report.pdf']")))
            .hasSize(1);
        for (String part : List.of("progress", "review", "unreported")) {
          browser.get(url(base + "/" + part));
          step(part + " " + at, phone);
        }
        browser.get(url("/agencies/" + township.code().value() + "/plan"));
        step("public plan " + at, phone);
      }
    }
  }

  @Test
  void closingThePlanAsksForConfirmationAndKeepsItOpenWhenTheOfficerDeclines() throws IOException {
    Setup township = TestOrganisation.from(context).agency("QJK", null);
    Plan plan = inExecution(township);
    String base = "/console/plans/" + plan.id();
    signIn(township.username(Role.QUALITY_OFFICER));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url(base + "?lang=" + lang));
      WebElement close =
          browser.findElement(By.cssSelector("form[action$='/actions/close'] button"));
      andWaitForNextPage(close::click);
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo(lang.equals("en") ? "Close the plan?" : "確定要結案嗎？");
      step("close confirmation " + lang, false);
      assertThat(plans.byId(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.IN_EXECUTION);
      WebElement no = browser.findElement(By.cssSelector(".actions a"));
      andWaitForNextPage(no::click);
      assertThat(browser.getCurrentUrl()).endsWith(base);
    }
    assertThat(plans.byId(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.IN_EXECUTION);
  }
}
