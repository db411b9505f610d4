// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A citizen applies online with the keyboard alone, checks the answers and gets the receipt; an
 * officer opens the case page — and axe-core finds no WCAG 2.1 A/AA violation on the form (also
 * with errors), the receipt or the case page, in either language.
 */
@IntegrationTest
class IntakeBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;

  @Test
  void aCitizenAppliesByKeyboardAndTheFormReceiptAndCasePagePassAxeInBothLanguages() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BRINTAKE", null);
    ServiceCode code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    var entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            code,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(agency.as(Role.QUALITY_OFFICER), code, entry.revision());
    String form = "/services/" + code.value() + "/apply";

    browser.get(url(form + "?lang=en"));
    assertAccessible("application form en");
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
    assertThat(browser.findElement(By.id("name")).getAttribute("aria-describedby"))
        .isEqualTo("name-error");
    assertAccessible("application form with errors en");

    browser.get(url(form + "?lang=zh-TW"));
    assertAccessible("application form zh-TW");
    WebElement name = browser.findElement(By.id("name"));
    name.sendKeys("林小明");
    browser.findElement(By.id("email")).sendKeys("lin@example.tw");
    browser.findElement(By.id("field-nationalId")).sendKeys("A123456789");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("field-purpose")))
        .selectByValue("fees");
    WebElement consent = browser.findElement(By.cssSelector("input[type=checkbox][name=consent]"));
    consent.sendKeys(Keys.SPACE);
    andWaitForNextPage(() -> consent.submit());
    assertThat(browser.getCurrentUrl()).endsWith(form + "/check");
    assertAccessible("check answers zh-TW");
    WebElement send = browser.findElement(By.cssSelector("main form button[type=submit]"));
    andWaitForNextPage(() -> send.sendKeys(Keys.ENTER));
    assertThat(browser.getCurrentUrl()).contains("/receipts/" + agency.code().value() + "-");
    assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("收件確認");
    assertThat(browser.findElement(By.cssSelector(".receipt .code")).getText())
        .matches("[A-Z2-9]{8}");
    assertAccessible("receipt zh-TW");
    String number = browser.getCurrentUrl().replaceAll(".*/receipts/", "");
    browser.get(url("/receipts/" + number + "?lang=en"));
    assertAccessible("receipt en");

    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/supplements?lang=" + lang));
      assertAccessible("supplement page " + lang);
      browser.get(url("/withdrawals?lang=" + lang));
      assertAccessible("withdrawal page " + lang);
    }

    signIn(agency.username(Role.UNIT_HEAD));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/cases/" + number + "?lang=" + lang));
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .contains(new tw.civicdesk.casework.CaseNumber(number).grouped());
      assertAccessible("case page " + lang);
    }
    browser.get(url("/console/intake"));
    assertAccessible("console intake en");
    browser.get(url("/console/intake?service=" + code.value()));
    assertAccessible("console intake form en");
    browser.get(url("/console/cases/" + number + "/receipt"));
    assertAccessible("console receipt en");
  }
}
