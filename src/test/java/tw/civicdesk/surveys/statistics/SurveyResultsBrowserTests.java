// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.Surveys;

/**
 * The results page draws its three charts from the tables beside them, switches the trend's period
 * with the keyboard, shows a malformed filter on its field, and passes axe-core in both languages
 * at desktop and phone size without scrolling sideways.
 */
@IntegrationTest
class SurveyResultsBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Surveys surveys;
  @Autowired JdbcClient jdbc;

  @Test
  void theResultsDrawTheirChartsFromTablesAndPassAxeInBothLanguages() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("RSBR", null);
    ResultsFixtures.Made made = ResultsFixtures.survey(context, agency, 5);
    moreAnswers(made);
    String page = "/console/surveys/" + made.code().value() + "/results";
    signIn(agency.username(Role.QUALITY_OFFICER));

    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String size = phone ? "phone" : "desktop";
        browser.get(url(page + "?lang=" + lang));
        chartsDrawn();
        assertThat(browser.findElements(By.cssSelector("#table-dimensions tbody tr"))).hasSize(4);
        assertAccessible("results " + lang + " " + size);
        if (phone) {
          assertNoHorizontalScroll("results " + lang);
        }
        assertNoFieldTwiceInAForm("results " + lang);
        screenshot("survey-results-" + lang + "-" + size);
        for (String section : List.of("dimensions", "questions", "trend")) {
          ((JavascriptExecutor) browser)
              .executeScript("document.getElementById('" + section + "').scrollIntoView()");
          screenshot("survey-results-" + section + "-" + lang + "-" + size);
        }
      }
      atDesktopSize();
      browser.get(url(page + "?lang=" + lang));
      WebElement quarter =
          browser.findElement(By.cssSelector(".period-switch a[href*='trend=quarter']"));
      andWaitForNextPage(() -> quarter.sendKeys(Keys.ENTER));
      chartsDrawn();
      assertThat(browser.findElements(By.cssSelector("#table-trend tbody th[scope='row']")))
          .extracting(WebElement::getText)
          .containsExactly("2026-Q1", "2026-Q2");
      assertThat(
              browser
                  .findElement(By.cssSelector(".period-switch a[aria-current='page']"))
                  .getAttribute("href"))
          .contains("trend=quarter");
      assertAccessible("results by quarter " + lang);

      browser.get(url(page + "?lang=" + lang + "&from=2026-02-30&to=2026-01-01"));
      assertThat(browser.findElement(By.id("from-error")).isDisplayed()).isTrue();
      assertThat(browser.findElements(By.id("table-dimensions"))).isEmpty();
      assertAccessible("results with a malformed date " + lang);
      screenshot("survey-results-errors-" + lang);
    }
  }

  /** Sixty more answers from January to June 2026, better in spring, through every channel. */
  private void moreAnswers(ResultsFixtures.Made made) {
    ResultsFixtures.Answering a =
        new ResultsFixtures.Answering(surveys, jdbc, made.agency(), made.code());
    SurveyChannel[] channels = {
      SurveyChannel.KIOSK, SurveyChannel.QR, SurveyChannel.ONLINE, SurveyChannel.PAPER
    };
    for (int i = 0; i < 60; i++) {
      int month = 1 + i % 6;
      int base = month < 4 ? 3 : 4;
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("clean", i % 7 == 0 ? "NA" : Math.min(5, base + i % 3 - 1 + 1));
      answers.put("polite", Math.min(5, base + (i % 4 == 0 ? 1 : 0)));
      answers.put("wait", Math.max(1, base - 1 + i % 3));
      answers.put("overall", Math.min(5, base + i % 2));
      SurveyChannel channel = channels[i % 3 == 0 ? 3 : i % 3];
      a.record(
          LocalDate.of(2026, month, 1 + i % 27).toString(),
          channel == SurveyChannel.KIOSK ? SurveyChannel.QR : channel,
          i % 2 == 0 ? made.unitA().id() : made.unitB().id(),
          null,
          answers);
    }
  }

  private static void chartsDrawn() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            driver -> driver.findElements(By.cssSelector("canvas[data-drawn='true']")).size() == 3);
  }
}
