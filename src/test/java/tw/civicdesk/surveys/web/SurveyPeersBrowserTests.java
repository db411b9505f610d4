// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.surveys.PeerFixtures;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * The comparison with peers draws its chart from its table, and a survey's comments are tagged with
 * the keyboard; both pages pass axe-core in both languages at desktop and phone size without
 * scrolling sideways, a tag's error included.
 */
@IntegrationTest
class SurveyPeersBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Taipei"));

  private static void sized(boolean phone) {
    if (phone) {
      atPhoneSize();
    } else {
      atDesktopSize();
    }
  }

  @Test
  void theComparisonDrawsItsChartFromTheTableAndPassesAxeInBothLanguages() throws IOException {
    TestOrganisation orgs = TestOrganisation.from(context);
    TestOrganisation.Setup county = orgs.agency("BCOUNTY", null);
    for (String prefix : List.of("BTOWNA", "BTOWNB", "BTOWNC")) {
      TestOrganisation.Setup town = orgs.agency(prefix, county.code());
      SurveyView survey =
          SurveyFixtures.open(context, town, "counter", prefix.endsWith("C") ? 30 : 5);
      for (int i = 0; i < 8; i++) {
        int points = prefix.endsWith("A") ? 5 - i % 3 : 4 - i % 4;
        PeerFixtures.answer(
            context,
            survey,
            PeerFixtures.counter(Math.max(1, points), Math.max(1, points)),
            TODAY.minusDays(i * 11L));
      }
    }
    signIn(county.username(Role.QUALITY_OFFICER));
    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        sized(phone);
        String size = phone ? "phone" : "desktop";
        browser.get(url("/console/surveys/compare?lang=" + lang));
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(d -> !d.findElements(By.cssSelector("canvas[data-drawn='true']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#table-TOWNSHIP_OFFICE tbody tr")))
            .hasSize(4);
        assertAccessible("compare " + lang + " " + size);
        if (phone) {
          assertNoHorizontalScroll("compare " + lang);
        }
        assertNoFieldTwiceInAForm("compare " + lang);
        screenshot("survey-compare-" + lang + "-" + size);
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("document.getElementById('table-TOWNSHIP_OFFICE').scrollIntoView()");
        screenshot("survey-compare-table-" + lang + "-" + size);
      }
    }
  }

  @Test
  void theQualityOfficerTagsACommentWithTheKeyboardAndThePagePassesAxe() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BCMT", null);
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    String[] texts = {
      "停車位太少，假日常常找不到位子。",
      "櫃台人員很親切，說明清楚。",
      "等候時間有點長，希望增加叫號櫃台。",
      "The parking lot is always full on Mondays."
    };
    for (int i = 0; i < texts.length; i++) {
      PeerFixtures.answer(
          context, survey, PeerFixtures.counter(4 - i % 2, texts[i]), TODAY.minusDays(i));
    }
    String path = "/console/surveys/" + survey.code().value() + "/comments";
    signIn(agency.username(Role.QUALITY_OFFICER));
    atDesktopSize();
    browser.get(url(path + "?lang=zh-TW&q=停車"));
    assertThat(browser.findElements(By.cssSelector("blockquote.comment-text"))).hasSize(1);
    WebElement label =
        browser.findElement(By.cssSelector("form.comment-tag-form input[name=label]"));
    label.sendKeys("停車");
    andWaitForNextPage(() -> label.sendKeys(Keys.ENTER));
    assertThat(browser.getCurrentUrl()).contains("q=");
    assertThat(browser.findElement(By.cssSelector(".comment-tags .tag")).getText()).isEqualTo("停車");
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isNotBlank();

    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        sized(phone);
        String size = phone ? "phone" : "desktop";
        browser.get(url(path + "?lang=" + lang));
        assertThat(browser.findElements(By.cssSelector("blockquote.comment-text"))).hasSize(4);
        assertAccessible("comments " + lang + " " + size);
        if (phone) {
          assertNoHorizontalScroll("comments " + lang);
        }
        assertNoFieldTwiceInAForm("comments " + lang);
        screenshot("survey-comments-" + lang + "-" + size);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollBy(0, 600)");
        screenshot("survey-comments-lower-" + lang + "-" + size);
      }
      atDesktopSize();
      browser.get(url(path + "?lang=" + lang));
      WebElement tooLong =
          browser.findElements(By.cssSelector("form.comment-tag-form input[name=label]")).get(1);
      tooLong.sendKeys("一二三四五六七八九十一二三四五六七八九十一");
      andWaitForNextPage(() -> tooLong.sendKeys(Keys.ENTER));
      assertThat(
              browser.findElement(By.cssSelector(".comment-tag-form .field-error")).isDisplayed())
          .isTrue();
      assertAccessible("comments with a tag error " + lang);
      screenshot("survey-comments-error-" + lang);
    }
  }
}
