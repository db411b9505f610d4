// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.surveys.KioskFixtures;
import tw.civicdesk.surveys.Kiosks;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * The counter kiosk in a real Chromium: the console page registers a kiosk and shows its link once;
 * the link's button makes the browser the kiosk; the kiosk page — at a portrait 1080 × 1920 tablet,
 * at 1280 × 900 and at 390 × 844, in both languages — passes axe-core, asks one question a screen
 * with big tiles, thanks and starts again blank without a new history entry; an answer given while
 * the network is down is kept, thanked for, and stored once when the network is back; without
 * JavaScript the plain form and the thank-you page work; an unregistered browser sees no survey.
 */
@IntegrationTest
class KioskBrowserTests extends BrowserTest {

  static final Pattern LINK = Pattern.compile("/kiosk/activate/[A-Za-z0-9_-]{43}");

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  SurveyView survey;

  @BeforeEach
  void anAgencyWithACounterSurvey() {
    agency = TestOrganisation.from(context).agency("KIOSKB", null);
    survey = SurveyFixtures.open(context, agency, "counter", 30);
  }

  long responses() {
    return jdbc.sql("select count(*) from survey_response where agency_code = ?")
        .param(agency.code().value())
        .query(Long.class)
        .single();
  }

  static Object script(String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }

  /** Activates a new kiosk of the agency in this browser through its link's button. */
  void becomeAKiosk() {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    browser.get(url("/kiosk/activate/" + registered.linkToken() + "?lang=zh-TW"));
    andWaitForNextPage(() -> browser.findElement(By.id("kiosk-activate")).click());
    assertThat(browser.getCurrentUrl()).endsWith("/kiosk");
  }

  /** Answers every screen: each rating with {@code points}, the first choice, a comment. */
  static void answerEveryScreen(int points) {
    while (true) {
      WebElement question =
          browser.findElement(By.cssSelector("#kiosk-form .survey-question:not([hidden])"));
      List<WebElement> ratings = question.findElements(By.cssSelector(".likert-point label"));
      List<WebElement> choices = question.findElements(By.cssSelector(".choice label"));
      List<WebElement> text = question.findElements(By.tagName("textarea"));
      if (!ratings.isEmpty()) {
        ratings.get(ratings.size() - points).click();
      } else if (!choices.isEmpty()) {
        choices.get(0).click();
      } else if (!text.isEmpty()) {
        text.get(0).sendKeys("等候區的座位可以再多一些");
      }
      WebElement next = browser.findElement(By.id("kiosk-next"));
      if (!next.isDisplayed()) {
        return;
      }
      next.click();
    }
  }

  static void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(40)).withMessage(what).until(condition);
  }

  @Test
  void anOfficerRegistersAKioskOnAnAccessibleConsolePageInBothLanguages() throws IOException {
    signIn(agency.username(Role.QUALITY_OFFICER));
    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String page = "kiosks " + lang + (phone ? " phone" : " desktop");
        browser.get(url("/console/surveys/kiosks?lang=" + lang));
        assertAccessible(page);
        assertNoHorizontalScroll(page);
        browser.findElement(By.id("name")).sendKeys("一樓服務台 " + lang + (phone ? " 手機" : ""));
        andWaitForNextPage(() -> browser.findElement(By.id("name")).submit());
        String link = browser.findElement(By.id("activation-link")).getText();
        assertThat(LINK.matcher(link).find()).as("the link on " + page).isTrue();
        assertThat(browser.findElement(By.id("activation-qr")).getSize().getWidth())
            .as("the link's QR code on " + page)
            .isGreaterThan(100);
        screenshot("kiosk-console-registered-" + lang + (phone ? "-phone" : "-desktop"));
        assertAccessible(page + " registered");
        assertNoHorizontalScroll(page + " registered");
        andWaitForNextPage(
            () -> browser.findElement(By.cssSelector("#kiosks tbody tr button")).click());
        assertThat(browser.findElements(By.id("activation-link"))).isEmpty();
        assertAccessible(page + " revoked");
      }
    }
    atDesktopSize();
  }

  @Test
  void theKioskPageIsAccessibleAndLargeInBothLanguagesAtTabletAndDesktopSizes() throws IOException {
    browser.get(url("/kiosk?lang=en"));
    assertThat(browser.findElements(By.id("kiosk-form"))).as("no survey unregistered").isEmpty();
    assertAccessible("kiosk not registered en");
    screenshot("kiosk-not-registered-en");
    browser.get(url("/kiosk?lang=zh-TW"));
    assertAccessible("kiosk not registered zh-TW");

    browser.get(url("/kiosk/activate/not-a-link?lang=zh-TW"));
    assertAccessible("kiosk link not valid");
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    browser.get(url("/kiosk/activate/" + registered.linkToken() + "?lang=en"));
    assertAccessible("kiosk activation en");
    screenshot("kiosk-activate-en");
    andWaitForNextPage(() -> browser.findElement(By.id("kiosk-activate")).click());

    for (Dimension size :
        List.of(new Dimension(1080, 1920), new Dimension(1280, 900), new Dimension(390, 844))) {
      browser.manage().window().setSize(size);
      for (String lang : List.of("zh-TW", "en")) {
        String page = "kiosk " + lang + " " + size.getWidth() + "x" + size.getHeight();
        browser.get(url("/kiosk?lang=" + lang));
        assertThat(browser.findElements(By.cssSelector("a[href]")))
            .as("the only link on " + page + " switches the language")
            .singleElement()
            .satisfies(a -> assertThat(a.getDomAttribute("href")).startsWith("/kiosk"));
        assertAccessible(page);
        assertNoHorizontalScroll(page);
        browser
            .findElements(By.cssSelector(".survey-question:not([hidden]) .likert-point label"))
            .get(1)
            .click();
        assertAccessible(page + " with a point chosen");
        screenshot("kiosk-" + lang + "-" + size.getWidth() + "x" + size.getHeight());
        for (WebElement target :
            browser.findElements(
                By.cssSelector(
                    ".survey-question:not([hidden]) .likert-point, #kiosk-next, .kiosk-language"))) {
          assertThat(target.getSize().getHeight())
              .as("touch target height on " + page)
              .isGreaterThanOrEqualTo(64);
        }
        // Every screen at once, as the page is without JavaScript.
        script(
            "document.querySelectorAll('.survey-question').forEach(q => q.hidden = false);"
                + "document.querySelector('.kiosk-intro').hidden = false;");
        assertAccessible(page + " every question");
        screenshot("kiosk-all-" + lang + "-" + size.getWidth() + "x" + size.getHeight());
      }
    }
    atDesktopSize();
  }

  @Test
  void anAnswerIsThankedForAndTheKioskStartsAgainBlankWithoutAHistoryEntry() throws IOException {
    browser.manage().window().setSize(new Dimension(1080, 1920));
    becomeAKiosk();
    browser.get(url("/kiosk?lang=en"));
    Object history = script("return history.length;");
    answerEveryScreen(4);
    screenshot("kiosk-last-screen-en");
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.id("kiosk-send")).click();
    waitUntil("the thank-you screen", d -> d.findElement(By.id("kiosk-thanks")).isDisplayed());
    screenshot("kiosk-thanks-en");
    assertAccessible("kiosk thanks en");
    assertThat(responses()).isOne();
    waitUntil("a fresh page", ExpectedConditions.stalenessOf(page)::apply);
    waitUntil("the first screen", d -> d.findElement(By.id("kiosk-form")).isDisplayed());
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
        .as("back in Chinese for the next person")
        .isEqualTo("zh-Hant-TW");
    assertThat(script("return document.querySelectorAll('#kiosk-form input:checked').length;"))
        .isEqualTo(0L);
    assertThat(script("return history.length;")).as("no new history entry").isEqualTo(history);
    assertThat(script("return localStorage.getItem('civicdesk-kiosk-queue');")).isIn(null, "[]");
    atDesktopSize();
  }

  @Test
  void anAnswerGivenWhileTheNetworkIsDownIsKeptAndStoredOnceWhenItIsBack() throws IOException {
    becomeAKiosk();
    ChromeDriver chrome = (ChromeDriver) browser;
    answerEveryScreen(5);
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand("Network.emulateNetworkConditions", network(true));
    try {
      browser.findElement(By.id("kiosk-send")).click();
      waitUntil("the thank-you screen", d -> d.findElement(By.id("kiosk-thanks")).isDisplayed());
      assertThat(script("return JSON.parse(localStorage.getItem('civicdesk-kiosk-queue')).length;"))
          .isEqualTo(1L);
      assertThat(responses()).as("nothing reached the server").isZero();
      waitUntil(
          "the first screen again, in place",
          d -> d.findElement(By.id("kiosk-form")).isDisplayed());
      assertThat(script("return document.querySelectorAll('#kiosk-form input:checked').length;"))
          .isEqualTo(0L);
    } finally {
      chrome.executeCdpCommand("Network.emulateNetworkConditions", network(false));
    }
    waitUntil("the queued answer stored", d -> responses() == 1);
    waitUntil(
        "the queue emptied",
        d -> "[]".equals(script("return localStorage.getItem('civicdesk-kiosk-queue');")));
    assertThat(
            jdbc.sql("select channel from survey_response where agency_code = ?")
                .param(agency.code().value())
                .query(String.class)
                .single())
        .isEqualTo("KIOSK");
  }

  private static Map<String, Object> network(boolean offline) {
    return Map.of(
        "offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
  }

  @Test
  void withoutJavaScriptThePlainFormRecordsTheAnswerAndThanks() throws IOException {
    becomeAKiosk();
    org.openqa.selenium.Cookie device = browser.manage().getCookieNamed(KioskFixtures.COOKIE);
    ChromeDriver noScript = BrowserTest.withoutJavaScript();
    try {
      noScript.get(url("/kiosk/thanks"));
      noScript.manage().addCookie(device);
      noScript.get(url("/kiosk?lang=en"));
      for (WebElement question : noScript.findElements(By.cssSelector(".survey-question.likert"))) {
        List<WebElement> points = question.findElements(By.cssSelector(".likert-point label"));
        points.get(points.size() - 3).click();
      }
      assertThat(noScript.findElement(By.id("kiosk-next")).isDisplayed()).isFalse();
      noScript.findElement(By.id("kiosk-send")).click();
      new WebDriverWait(noScript, Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().endsWith("/kiosk/thanks"));
      assertThat(noScript.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you!");
      assertThat(responses()).isOne();
      new WebDriverWait(noScript, Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().endsWith("/kiosk?lang=zh-TW"));
      assertThat(noScript.findElements(By.cssSelector("#kiosk-form input:checked"))).isEmpty();
    } finally {
      noScript.quit();
    }
  }
}
