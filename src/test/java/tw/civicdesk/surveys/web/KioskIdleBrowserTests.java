// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.surveys.KioskFixtures;
import tw.civicdesk.surveys.Kiosks;
import tw.civicdesk.surveys.SurveyFixtures;

/**
 * A half-filled kiosk left alone ({@code civicdesk.surveys.kiosk-idle-seconds}, {@value
 * ThrottleLimits#KIOSK_IDLE_SECONDS} s here) is cleared and back at its first screen, and one left
 * in English comes back in Chinese; nothing was recorded.
 */
@ThrottleLimits
class KioskIdleBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void aHalfFilledKioskLeftAloneStartsAgainBlankInChinese() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("KIDLE", null);
    Kiosks.Registered registered =
        KioskFixtures.register(
            context, agency, SurveyFixtures.open(context, agency, "counter", 30));
    browser.get(url("/kiosk/activate/" + registered.linkToken()));
    andWaitForNextPage(() -> browser.findElement(By.id("kiosk-activate")).click());
    browser.get(url("/kiosk?lang=zh-TW"));

    browser
        .findElement(By.cssSelector(".survey-question:not([hidden]) .likert-point label"))
        .click();
    browser.findElement(By.id("kiosk-next")).click();
    browser
        .findElement(By.cssSelector(".survey-question:not([hidden]) .likert-point label"))
        .click();
    assertThat(checked()).isEqualTo(2L);

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the kiosk back at its first screen, blank")
        .until(d -> checked() == 0L && !d.findElement(By.id("kiosk-back")).isDisplayed());
    WebElement first = browser.findElements(By.cssSelector(".survey-question")).get(0);
    assertThat(first.isDisplayed()).isTrue();

    browser.get(url("/kiosk?lang=en"));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage("the kiosk back in Chinese")
        .until(d -> "zh-Hant-TW".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    assertThat(
            context
                .getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from survey_response where agency_code = ?")
                .param(agency.code().value())
                .query(Long.class)
                .single())
        .isZero();
  }

  static long checked() {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeScript("return document.querySelectorAll('#kiosk-form input:checked').length;");
  }
}
