// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * The survey pages in headless Chromium: the online form (every kind of question) at phone size
 * (390 × 844) and at desktop size (1280 × 900) in both languages, with its errors, passes axe-core,
 * never scrolls sideways and gives every answer a target of at least 44 × 44 px; a rating is
 * answered with the keyboard alone; the post-case page, its thank-you page, the closed page and the
 * staff's poster page pass axe-core in both languages.
 */
@IntegrationTest
class SurveyPagesBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired CaseWork work;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;
  SurveyView survey;

  @BeforeEach
  void anOpenSurvey() {
    agency = TestOrganisation.from(context).agency("SBRW", null);
    survey = EveryKindSurvey.openEveryKind(context, agency);
  }

  String surveyUrl(String lang) {
    return url("/surveys/" + survey.code().value() + "?lang=" + lang);
  }

  JavascriptExecutor js() {
    return (JavascriptExecutor) browser;
  }

  /** The answer targets smaller than 44 × 44 CSS pixels: rating cells and choice rows. */
  List<?> smallTargets() {
    return (List<?>)
        js().executeScript(
                """
        const small = [];
        for (const el of document.querySelectorAll('.likert-point, .survey-question .choice')) {
          const r = el.getBoundingClientRect();
          if (r.width < 44 || r.height < 44) small.push(el.querySelector('input').id + ' ' + r.width + 'x' + r.height);
        }
        return small;""");
  }

  /** A screenshot of the whole page: the window made as tall as the page, then set back. */
  void fullPageScreenshot(String name) throws Exception {
    org.openqa.selenium.Dimension before = browser.manage().window().getSize();
    Number height = (Number) js().executeScript("return document.documentElement.scrollHeight;");
    browser
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(before.getWidth(), height.intValue() + 150));
    screenshot(name);
    browser.manage().window().setSize(before);
  }

  @Test
  void theOnlineFormIsAccessibleOnAPhoneAndADesktopInBothLanguagesWithAndWithoutErrors()
      throws Exception {
    for (String size : List.of("phone", "desktop")) {
      for (String lang : List.of("zh-TW", "en")) {
        if (size.equals("phone")) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String page = "survey " + size + " " + lang;
        browser.get(surveyUrl(lang));
        assertThat(browser.findElements(By.cssSelector("fieldset.survey-question"))).hasSize(5);
        assertAccessible(page);
        assertNoHorizontalScroll(page);
        assertThat(smallTargets()).as("small targets on " + page).isEmpty();
        fullPageScreenshot("survey-" + size + "-" + lang);

        browser.findElement(By.id("answers-clean_4")).click();
        andWaitForNextPage(
            () -> browser.findElement(By.cssSelector("form button[type=submit]")).click());
        assertThat(browser.findElement(By.cssSelector(".error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("answers-clean_4")).isSelected()).as("kept").isTrue();
        assertAccessible(page + " with errors");
        assertNoHorizontalScroll(page + " with errors");
        fullPageScreenshot("survey-" + size + "-" + lang + "-errors");
      }
    }
    assertThat(EveryKindSurvey.responses(jdbc, survey.code())).isZero();
  }

  @Test
  void aRatingIsAnsweredWithTheKeyboardAlone() {
    atPhoneSize();
    browser.get(surveyUrl("en"));
    WebElement first = browser.findElement(By.id("answers-clean"));
    // Tab from the top of the page until the first rating's first point has the focus.
    for (int i = 0; i < 30 && !first.equals(browser.switchTo().activeElement()); i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    assertThat(browser.switchTo().activeElement()).as("tabbed to the rating").isEqualTo(first);

    new Actions(browser).sendKeys(Keys.SPACE).perform();
    assertThat(first.isSelected()).as("Space chooses Very satisfied").isTrue();
    new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
    new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
    assertThat(browser.findElement(By.id("answers-clean_3")).isSelected())
        .as("two arrows on: Neutral")
        .isTrue();
    assertThat(first.isSelected()).isFalse();
    new Actions(browser).sendKeys(Keys.ARROW_UP).perform();
    assertThat(browser.findElement(By.id("answers-clean_4")).isSelected()).isTrue();

    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .as("Tab leaves the rating for the next question")
        .isEqualTo("answers-staff");
    assertThat(browser.findElement(By.id("answers-clean_4")).isSelected()).isTrue();
  }

  @Test
  void thePostCasePageItsThanksAndTheClosedPageAreAccessibleInBothLanguages() throws Exception {
    SurveyFixtures.open(context, agency, "post-case", 5);
    CaseFixtures cases =
        CaseFixtures.of(
            context, agency, CatalogueFixtures.publishLowIncomeCertificate(context, agency));
    for (String lang : List.of("zh-TW", "en")) {
      CaseNumber n = cases.fileOnline(null, LocalDate.now(clock)).number();
      CaseWork.Stepped started = cases.inProgress(n);
      work.decide(
          agency.as(Role.UNIT_HEAD),
          new CaseCommand.Decide(n, started.version(), Decision.APPROVED, "符合資格", null));
      atPhoneSize();
      browser.get(url("/surveys/case?number=" + n.value() + "&lang=" + lang));
      assertThat(browser.findElement(By.id("number")).getAttribute("value")).isEqualTo(n.value());
      assertAccessible("post-case " + lang);
      assertNoHorizontalScroll("post-case " + lang);
      fullPageScreenshot("survey-case-phone-" + lang);

      browser.findElement(By.id("code")).sendKeys(work.verificationCode(n));
      for (Map.Entry<String, String> a :
          Map.of(
                  "in-time",
                  "5",
                  "result-clear",
                  "4",
                  "officer",
                  "na",
                  "tracking",
                  "4",
                  "overall",
                  "5")
              .entrySet()) {
        String id = "answers-" + a.getKey() + (a.getValue().equals("5") ? "" : "_" + a.getValue());
        browser.findElement(By.id(id)).click();
      }
      andWaitForNextPage(
          () -> browser.findElement(By.cssSelector("form button[type=submit]")).click());
      assertThat(browser.getCurrentUrl()).contains("/surveys/case/thanks");
      assertAccessible("post-case thanks " + lang);
      screenshot("survey-case-thanks-" + lang);
    }

    SurveyView closed = SurveyFixtures.open(context, agency, "counter", 5);
    context
        .getBean(tw.civicdesk.surveys.Surveys.class)
        .close(agency.as(Role.QUALITY_OFFICER), closed.code());
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/surveys/" + closed.code().value() + "?lang=" + lang));
      assertAccessible("closed " + lang);
      screenshot("survey-closed-" + lang);
    }
  }

  @Test
  void thePosterPageIsAccessibleInBothLanguages() throws Exception {
    CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    atDesktopSize();
    signIn(agency.username(Role.QUALITY_OFFICER));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/surveys/" + survey.code().value() + "/posters?lang=" + lang));
      assertThat(browser.findElements(By.cssSelector("a[href*='poster.pdf']"))).hasSize(3);
      assertAccessible("posters " + lang);
      screenshot("survey-posters-" + lang);
    }
    atPhoneSize();
    browser.get(url("/console/surveys/" + survey.code().value() + "/posters?lang=zh-TW"));
    assertNoHorizontalScroll("posters phone");
  }
}
