// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

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
import tw.civicdesk.petitions.PetitionAdministration;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.petitions.Route;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * An agency administrator reaches the petition rules from the console's navigation with the
 * keyboard, walks the overview, a kind's form (sent wrong, with the error summary), a category's
 * form, the places and the routing, at desktop and phone size, and every page passes axe-core in
 * both languages without scrolling sideways on a phone.
 */
@IntegrationTest
class PetitionRulesBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired PetitionAdministration administration;

  @Test
  void thePetitionRulesPagesPassAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRBR", null);
    PetitionFixtures.open(context, agency);
    administration.saveRoute(
        agency.as(Role.AGENCY_ADMIN),
        agency.code(),
        "drain",
        new Route.Where("礁溪鄉", "德陽村"),
        agency.unit().id());
    String base = "/console/petitions/rules/" + agency.code().value();
    signIn(agency.username(Role.AGENCY_ADMIN));
    atDesktopSize();
    browser.findElement(By.cssSelector(".console-nav.wide summary")).click();
    WebElement link =
        browser.findElement(By.cssSelector(".console-nav.wide a[href='/console/petitions/rules']"));
    andWaitForNextPage(() -> link.sendKeys(Keys.ENTER));
    // The navigation's entry shows the own agency's rules in place, not by a redirect.
    assertThat(browser.getCurrentUrl()).endsWith("/console/petitions/rules");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();

    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String size = phone ? "phone" : "desktop";
        page(base + "?lang=" + lang, "rules-overview-" + lang + "-" + size, phone);
        page(base + "/kinds/FACILITY_REPORT", "rules-kind-" + lang + "-" + size, phone);
        page(base + "/categories/new", "rules-category-" + lang + "-" + size, phone);
        page(base + "/places", "rules-places-" + lang + "-" + size, phone);
        page(base + "/routes", "rules-routes-" + lang + "-" + size, phone);
      }
      atDesktopSize();
      browser.get(url(base + "/kinds/PETITION"));
      WebElement amount = browser.findElement(By.id("limitAmount"));
      amount.clear();
      amount.sendKeys("0");
      andWaitForNextPage(() -> amount.sendKeys(Keys.ENTER));
      assertThat(browser.findElement(By.id("form-error")).getText())
          .contains(
              lang.equals("en") ? "Enter a whole number from 1 to 365." : "請輸入 1 到 365 之間的整數。");
      assertThat(browser.findElement(By.id("limitAmount")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertAccessible("rules kind with errors " + lang);
      screenshot("rules-kind-errors-" + lang);
    }
  }

  private void page(String path, String name, boolean phone) throws IOException {
    browser.get(url(path));
    assertAccessible(name);
    if (phone) {
      assertNoHorizontalScroll(name);
    }
    assertNoFieldTwiceInAForm(name);
    screenshot(name);
  }
}
