// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.courtesy.Courtesy;
import tw.civicdesk.courtesy.CourtesyFixtures;
import tw.civicdesk.courtesy.CourtesyTest;
import tw.civicdesk.courtesy.FollowUps;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * Every courtesy page — hub, test form (blank and with problems), a test, results, schedule, panel,
 * sheet, follow-ups and a follow-up — passes axe-core in both languages at desktop and phone size
 * without scrolling sideways; and a tester records a test with the keyboard alone.
 */
@IntegrationTest
class CourtesyBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Courtesy courtesy;
  @Autowired FollowUps followUps;

  @Test
  void everyCourtesyPagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CBR", null);
    var officer = a.as(Role.QUALITY_OFFICER);
    int year = LocalDate.now().getYear();
    LocalDateTime at = LocalDateTime.of(year, 1, 5, 10, 0);
    CourtesyTest good =
        courtesy.record(
            officer, a.code(), CourtesyFixtures.test(context, a, at, CourtesyFixtures.both(4, 5)));
    courtesy.record(
        officer,
        a.code(),
        CourtesyFixtures.test(context, a, at.plusDays(1), CourtesyFixtures.both(6, 2)));
    courtesy.planSlot(
        officer,
        a.code(),
        LocalDate.of(year, 2, 1),
        LocalDate.of(year, 2, 10),
        a.unit().id(),
        "上午");
    courtesy.setPanel(officer, a.code(), a.username(Role.CASE_OFFICER), true);
    long followUp = followUps.list(officer, a.code()).get(0).id();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/console/courtesy");
    pages.put("form", "/console/courtesy/tests/new");
    pages.put("test", "/console/courtesy/tests/" + good.id());
    pages.put("results", "/console/courtesy/results");
    pages.put("schedule", "/console/courtesy/schedule");
    pages.put("panel", "/console/courtesy/panel");
    pages.put("sheet", "/console/courtesy/sheet");
    pages.put("follow-ups", "/console/courtesy/follow-ups");
    pages.put("follow-up", "/console/courtesy/follow-ups/" + followUp);
    signIn(a.username(Role.QUALITY_OFFICER));
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      String size = phone ? "phone" : "desktop";
      for (String lang : List.of("zh-TW", "en")) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          browser.get(url(page.getValue() + "?lang=" + lang));
          String name = page.getValue() + " " + lang + " " + size;
          screenshot("courtesy-" + page.getKey() + "-" + lang + "-" + size);
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
        }
        formWithProblems(lang, size);
      }
    }
    atDesktopSize();
  }

  private void formWithProblems(String lang, String size) throws IOException {
    browser.get(url("/console/courtesy/tests/new?lang=" + lang));
    WebElement extension = browser.findElement(By.id("extension"));
    extension.sendKeys("201");
    andWaitForNextPage(() -> extension.sendKeys(Keys.ENTER));
    assertThat(browser.findElements(By.cssSelector(".error-summary a"))).isNotEmpty();
    assertThat(browser.findElement(By.id("marks1-error")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("extension")).getAttribute("value")).isEqualTo("201");
    String name = "form with problems " + lang + " " + size;
    assertAccessible(name);
    assertNoHorizontalScroll(name);
    screenshot("courtesy-form-errors-" + lang + "-" + size);
  }

  @Test
  void aTesterRecordsATestWithTheKeyboardAlone() throws IOException {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CBK", null);
    courtesy.setPanel(a.as(Role.QUALITY_OFFICER), a.code(), a.username(Role.CASE_OFFICER), true);
    signIn(a.username(Role.CASE_OFFICER));
    atDesktopSize();
    browser.get(url("/console/courtesy/tests/new?lang=zh-TW"));
    browser.findElement(By.id("unitId")).sendKeys(Keys.ARROW_DOWN);
    browser.findElement(By.id("rings0")).sendKeys("4");
    browser.findElement(By.id("rings1")).sendKeys("3");
    for (int i : List.of(1, 2, 3, 5, 6, 7, 8, 9)) {
      browser.findElement(By.id("marks" + i)).sendKeys("5");
    }
    WebElement notes = browser.findElement(By.id("notes"));
    notes.sendKeys("語氣親切");
    WebElement save = browser.findElement(By.cssSelector("button[type=submit].button"));
    andWaitForNextPage(() -> save.sendKeys(Keys.ENTER));
    assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("已完成計分並儲存。");
    assertThat(browser.findElement(By.tagName("strong")).getText()).isEqualTo("100.0");
    screenshot("courtesy-recorded");
  }
}
