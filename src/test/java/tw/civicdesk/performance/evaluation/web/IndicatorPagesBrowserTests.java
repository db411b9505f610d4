// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The pages that show computed indicators — the public plan page, the plan's console page and the
 * overview's indicators side by side — pass axe-core in both languages, at desktop and phone size
 * without scrolling sideways.
 */
@IntegrationTest
class IndicatorPagesBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired Clock clock;

  @Test
  void theIndicatorPagesPassAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation orgs = TestOrganisation.from(context);
    Setup county = orgs.agency("IBCOUNTY", null);
    Setup township = orgs.agency("IBTOWN", county.code());
    CatalogueFixtures.publishLowIncomeCertificate(context, township);
    int year = LocalDate.now(clock).getYear();
    Plan plan = OverviewIndicatorsTests.published(plans, township, year, 1);
    signIn(county.username(Role.QUALITY_OFFICER));

    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String size = phone ? "phone" : "desktop";
        browser.get(url("/console/performance/overview?year=" + year + "&lang=" + lang));
        assertThat(browser.findElement(By.cssSelector("#overview-indicators tbody td")).getText())
            .startsWith("1");
        assertAccessible("overview indicators " + lang + " " + size);
        assertNoHorizontalScroll("overview indicators " + lang + " " + size);
        scrollTo("overview-indicators-heading");
        screenshot("overview-indicators-" + lang + "-" + size);

        browser.get(url("/agencies/" + township.code().value() + "/plan?lang=" + lang));
        assertThat(browser.findElement(By.id("indicators-heading")).isDisplayed()).isTrue();
        assertAccessible("public plan indicators " + lang + " " + size);
        assertNoHorizontalScroll("public plan indicators " + lang + " " + size);
        scrollTo("indicators-heading");
        screenshot("public-plan-indicators-" + lang + "-" + size);

        browser.get(url("/console/plans/" + plan.id() + "?lang=" + lang));
        assertAccessible("plan indicators " + lang + " " + size);
        assertNoHorizontalScroll("plan indicators " + lang + " " + size);
      }
    }
    atDesktopSize();
  }

  /** Scrolls the element {@code id} to the top of the window, for the screenshot. */
  private static void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
  }
}
