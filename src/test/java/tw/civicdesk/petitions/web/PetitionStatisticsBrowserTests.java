// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A quality officer reaches the petition statistics from the console's navigation with the
 * keyboard; the charts are drawn from the tables beside them; the page and the improvement action
 * form pass axe-core in both languages at desktop and phone size, without scrolling sideways.
 */
@IntegrationTest
class PetitionStatisticsBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Petitions petitions;
  @Autowired CaseWork work;
  @Autowired Clock clock;

  @Test
  void theStatisticsDrawTheirChartsFromTablesAndPassAxeInBothLanguages() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PSBR", null);
    PetitionFixtures.open(context, agency);
    LocalDate today = LocalDate.now(clock);
    String[] categories = {"street-light", "pothole", "drain", "litter"};
    for (int i = 0; i < 12; i++) {
      CaseNumber n = file(agency, categories[i % 4], today.minusDays(i * 9L), i);
      if (i % 3 == 0) {
        answer(agency, n);
      }
    }
    signIn(agency.username(Role.QUALITY_OFFICER));
    atDesktopSize();
    browser.findElement(By.cssSelector(".console-nav.wide .nav-quality summary")).click();
    WebElement link =
        browser.findElement(
            By.cssSelector(".console-nav.wide a[href='/console/petitions/statistics']"));
    andWaitForNextPage(() -> link.sendKeys(Keys.ENTER));
    chartsDrawn();

    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String size = phone ? "phone" : "desktop";
        browser.get(url("/console/petitions/statistics?lang=" + lang));
        chartsDrawn();
        assertThat(browser.findElements(By.cssSelector("#table-category tbody tr"))).hasSize(4);
        assertAccessible("statistics " + lang + " " + size);
        if (phone) {
          assertNoHorizontalScroll("statistics " + lang);
        }
        screenshot("statistics-" + lang + "-" + size);
        ((JavascriptExecutor) browser)
            .executeScript("document.getElementById('by-category').scrollIntoView()");
        screenshot("statistics-category-" + lang + "-" + size);

        browser.get(url("/console/petitions/improvements/new"));
        assertAccessible("improvement form " + lang + " " + size);
        if (phone) {
          assertNoHorizontalScroll("improvement form " + lang);
        }
        screenshot("improvement-" + lang + "-" + size);
      }
      atDesktopSize();
      browser.get(url("/console/petitions/improvements/new"));
      WebElement title = browser.findElement(By.id("title"));
      title.sendKeys("路燈巡查改為每月一次");
      andWaitForNextPage(() -> title.sendKeys(Keys.ENTER));
      assertThat(browser.findElement(By.id("form-error")).isDisplayed()).isTrue();
      assertAccessible("improvement form with errors " + lang);
      screenshot("improvement-errors-" + lang);
    }
  }

  private CaseNumber file(TestOrganisation.Setup agency, String category, LocalDate day, int i) {
    return petitions
        .file(
            new FilePetition(
                CaseKind.FACILITY_REPORT,
                i % 2 == 0 ? Channel.ONLINE : Channel.PHONE,
                agency.code(),
                category,
                new Place(
                    "礁溪路五段 " + (i + 1) + " 號前",
                    "礁溪鄉",
                    i % 3 == 0 ? "德陽村" : null,
                    24.82 + i * 0.001,
                    121.77,
                    false),
                "路燈不亮",
                "請派員修理。",
                i % 2 == 0
                    ? null
                    : new Applicant(
                        "王小明",
                        null,
                        "r" + i + "@example.invalid",
                        null,
                        null,
                        Locale.TAIWAN,
                        Applicant.NotifyBy.NONE),
                Locale.TAIWAN,
                day,
                null,
                Map.of(),
                i % 2 == 0 ? null : agency.username(Role.COUNTER_CLERK)))
        .number();
  }

  private void answer(TestOrganisation.Setup agency, CaseNumber n) {
    int v =
        work.assign(
                agency.as(Role.UNIT_HEAD),
                new CaseCommand.Assign(n, 0, agency.username(Role.CASE_OFFICER)))
            .version();
    v = work.start(agency.as(Role.CASE_OFFICER), new CaseCommand.Start(n, v)).version();
    work.decide(
        agency.as(Role.CASE_OFFICER),
        new CaseCommand.Decide(n, v, Decision.ANSWERED, "已修復。", null));
  }

  private static void chartsDrawn() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            driver -> driver.findElements(By.cssSelector("canvas[data-drawn='true']")).size() == 4);
  }
}
