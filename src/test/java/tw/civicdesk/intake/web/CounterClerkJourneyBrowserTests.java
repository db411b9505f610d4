// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A counter clerk's day, end to end in a real browser: the console home's start button, the service
 * chooser, the counter form, the printable receipt, and the home listing what they filed today — in
 * both languages, at desktop and phone size, with axe-core on every step, no field twice in a form,
 * no service code or user name where a name exists, and no sideways scroll on a phone.
 */
@IntegrationTest
class CounterClerkJourneyBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void aCounterClerkFilesAnApplicationFromTheirHomeAndSeesItThereInBothLanguagesAndSizes() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("CLERKWALK", null);
    ServiceCode service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    String clerk = agency.username(Role.COUNTER_CLERK);
    List<String> codes = List.of(service.value(), clerk, "COUNTER_CLERK", "RECEIVED");
    signIn(clerk);
    for (boolean phone : List.of(false, true)) {
      for (String lang : List.of("zh-TW", "en")) {
        String at = lang + (phone ? " phone" : " desktop");
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        browser.get(url("/console?lang=" + lang));
        check("home " + at, codes, phone);
        WebElement start = browser.findElement(By.cssSelector("main a.button-start"));
        andWaitForNextPage(() -> start.sendKeys(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).endsWith("/console/intake");
        check("service chooser " + at, codes, phone);
        WebElement choose =
            browser.findElement(By.cssSelector("main a[href$='service=" + service.value() + "']"));
        andWaitForNextPage(() -> choose.sendKeys(Keys.ENTER));
        check("counter form " + at, codes, phone);

        new Select(browser.findElement(By.id("channel"))).selectByValue("COUNTER");
        browser.findElement(By.id("name")).sendKeys("林小明");
        browser.findElement(By.id("field-nationalId")).sendKeys("A123456789");
        new Select(browser.findElement(By.id("field-purpose"))).selectByValue("fees");
        browser.findElement(By.cssSelector("input[name=notifyBy][value=NONE]")).click();
        WebElement consent = browser.findElement(By.id("consent"));
        consent.sendKeys(Keys.SPACE);
        andWaitForNextPage(consent::submit);
        assertThat(browser.getCurrentUrl()).as(at).endsWith("/receipt");
        String number =
            browser.getCurrentUrl().replaceAll(".*/console/cases/([^/]+)/receipt", "$1");
        String grouped = new CaseNumber(number).grouped();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(grouped);
        check("counter receipt " + at, codes, phone);

        browser.get(url("/console?lang=" + lang));
        assertThat(browser.findElement(By.tagName("main")).getText()).as(at).contains(grouped);
        check("home after filing " + at, codes, phone);
      }
    }
    atDesktopSize();
  }

  private static void check(String page, List<String> codes, boolean phone) {
    assertAccessible(page);
    assertNoFieldTwiceInAForm(page);
    assertNoCodesShown(page, codes);
    if (phone) {
      assertNoHorizontalScroll(page);
    }
  }
}
