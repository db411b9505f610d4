// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyStatus;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The console's survey pages — the list, the template library, the builder (new, stored, with
 * errors), staff entry (blank and with errors) and the staff survey — pass axe-core in both
 * languages at desktop and phone size without scrolling sideways; and a quality officer builds a
 * survey from the navigation to "open" with the keyboard alone.
 */
@IntegrationTest
class SurveyConsoleBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Surveys surveys;

  @Test
  void everySurveyPagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("SBRW", null);
    SurveyView counter = SurveyFixtures.open(context, agency, "counter", 30);
    SurveyView staff = SurveyFixtures.open(context, agency, "staff", 5);
    surveys.answer(
        new SurveyCommands.Answer(
            counter.code(), SurveyChannel.QR, null, null, SurveyFixtures.counterAnswers(4)));
    String c = counter.code().value();
    String agencyCode = agency.code().value();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("list", "/console/surveys");
    pages.put("templates", "/console/surveys/new?agency=" + agencyCode);
    pages.put("new", "/console/surveys/new?agency=" + agencyCode + "&template=counter");
    pages.put("builder", "/console/surveys/" + c + "/build");
    pages.put("entry", "/console/surveys/" + c + "/entry");
    pages.put("staff-list", "/console/staff-survey");
    pages.put("staff-form", "/console/staff-survey/" + staff.code().value());
    signIn(agency.username(Role.QUALITY_OFFICER));
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      String size = phone ? "phone" : "desktop";
      for (String lang : List.of("zh-TW", "en")) {
        for (Map.Entry<String, String> entry : pages.entrySet()) {
          String page = entry.getValue();
          browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
          String name = page + " " + lang + " " + size;
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
          screenshot("surveys-" + entry.getKey() + "-" + lang + "-" + size);
        }
        submitWithProblems(lang, size, c);
      }
    }
    atDesktopSize();
  }

  /** The entry form and the builder with problems shown: still accessible, no sideways scroll. */
  private void submitWithProblems(String lang, String size, String code) throws IOException {
    browser.get(url("/console/surveys/" + code + "/entry?lang=" + lang));
    browser.findElement(By.id("answers-comment")).sendKeys("太冷");
    WebElement next = browser.findElement(By.cssSelector("#entry-form button[value='next']"));
    andWaitForNextPage(() -> next.sendKeys(Keys.ENTER));
    assertThat(browser.findElements(By.cssSelector(".error-summary a"))).isNotEmpty();
    assertThat(browser.findElement(By.id("answers-comment")).getAttribute("value")).isEqualTo("太冷");
    assertAccessible("entry with problems " + lang + " " + size);
    assertNoHorizontalScroll("entry with problems " + lang + " " + size);
    screenshot("surveys-entry-errors-" + lang + "-" + size);

    browser.get(url("/console/surveys/" + code + "/build?lang=" + lang));
    WebElement title = browser.findElement(By.id("title-en"));
    title.clear();
    new Select(browser.findElement(By.id("questions-0-dimension"))).selectByValue("");
    andWaitForNextPage(() -> title.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.id("title-en-error")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("questions-0-dimension-error")).isDisplayed()).isTrue();
    assertAccessible("builder with problems " + lang + " " + size);
    assertNoHorizontalScroll("builder with problems " + lang + " " + size);
    screenshot("surveys-builder-errors-" + lang + "-" + size);
  }

  @Test
  void aQualityOfficerBuildsASurveyWithTheKeyboardAlone() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("SBRK", null);
    signIn(agency.username(Role.QUALITY_OFFICER));
    atDesktopSize();

    browser.findElement(By.cssSelector(".console-nav.wide .nav-quality summary")).click();
    follow(browser.findElement(By.cssSelector(".console-nav.wide a[href='/console/surveys']")));
    follow(browser.findElement(By.cssSelector("a[href^='/console/surveys/new']")));
    follow(browser.findElement(By.cssSelector("a[href*='template=counter']")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("建立問卷");

    SurveyCode code = SurveyFixtures.code("KEY");
    WebElement codeField = browser.findElement(By.id("code"));
    codeField.sendKeys(Keys.chord(Keys.CONTROL, "a"), code.value());
    codeField.sendKeys(Keys.TAB);
    WebElement threshold = browser.switchTo().activeElement();
    assertThat(threshold.getAttribute("id")).isEqualTo("tooFewBelow");
    threshold.sendKeys(Keys.TAB);
    WebElement titleZh = browser.switchTo().activeElement();
    assertThat(titleZh.getAttribute("id")).isEqualTo("title-zh");
    titleZh.sendKeys(Keys.chord(Keys.CONTROL, "a"), "礁溪鄉公所臨櫃服務滿意度調查");

    // The comment question moves up one place, and a new single-choice question is added.
    follow(browser.findElement(By.cssSelector("button[value='up:10']")));
    assertThat(browser.getCurrentUrl()).endsWith("#question-9");
    assertThat(browser.findElement(By.cssSelector("#question-9 legend")).getText())
        .contains("comment");
    browser.findElement(By.id("newKind")).sendKeys(Keys.DOWN, Keys.DOWN);
    follow(browser.findElement(By.cssSelector("button[value='add-question']")));
    WebElement text = browser.findElement(By.id("questions-11-text-zh"));
    text.sendKeys("您今天辦理的業務");
    text.sendKeys(Keys.TAB);
    browser.switchTo().activeElement().sendKeys("What did you come for today?");
    browser.findElement(By.id("questions-11-choices-0-code")).sendKeys("household");
    browser.findElement(By.id("questions-11-choices-0-text-zh")).sendKeys("戶政");
    browser.findElement(By.id("questions-11-choices-0-text-en")).sendKeys("Household registration");
    browser.findElement(By.id("questions-11-choices-1-code")).sendKeys("social");
    browser.findElement(By.id("questions-11-choices-1-text-zh")).sendKeys("社會福利");
    browser.findElement(By.id("questions-11-choices-1-text-en")).sendKeys("Social welfare");
    screenshot("surveys-builder-keyboard");
    follow(browser.findElements(By.cssSelector("button[value='save']")).get(1));

    assertThat(browser.getCurrentUrl()).endsWith("/console/surveys/" + code.value() + "/build");
    SurveyView created = surveys.find(code).orElseThrow();
    assertThat(created.questionnaire().title().zh()).isEqualTo("礁溪鄉公所臨櫃服務滿意度調查");
    assertThat(created.questionnaire().questions()).hasSize(12);
    assertThat(created.questionnaire().questions().get(9).id()).isEqualTo("comment");
    assertThat(created.questionnaire().questions().get(11).choices()).hasSize(2);
    follow(browser.findElement(By.cssSelector("form[action$='/status'] button")));
    assertThat(surveys.find(code).orElseThrow().status()).isEqualTo(SurveyStatus.OPEN);
    assertAccessible("builder after opening");
  }

  /** Presses Enter on a link or button and waits for the next page. */
  private static void follow(WebElement element) {
    andWaitForNextPage(() -> element.sendKeys(Keys.ENTER));
  }
}
