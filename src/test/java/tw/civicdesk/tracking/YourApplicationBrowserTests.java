// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A citizen who has applied starts from the home page, finds "your application" (我的申請) in the
 * header and on the home page, and reaches tracking, supplements, withdrawal and "all my cases" by
 * keyboard; tracks a case waiting for documents, sees what is missing and since when, and follows
 * the link to the supplement page with the case number filled in (the code never in the address);
 * and opens the privacy and accessibility pages from the footer — in both languages, on a desktop
 * and on a phone, every step axe-clean and, on the phone, never scrolling sideways.
 */
@IntegrationTest
class YourApplicationBrowserTests extends BrowserTest {

  static final List<String> DOORS =
      List.of("/track", "/supplements", "/withdrawals", "/track/mine");

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired Clock clock;

  boolean phone;

  @AfterEach
  void backToDesktop() {
    atDesktopSize();
  }

  void check(String page) {
    assertAccessible(page);
    if (phone) {
      assertNoHorizontalScroll(page);
    }
  }

  /** Follows the link {@code css} with the keyboard: focus, then Enter. */
  static void follow(String css) {
    WebElement link = browser.findElement(By.cssSelector(css));
    andWaitForNextPage(() -> link.sendKeys(Keys.ENTER));
  }

  @Test
  void aCitizenFindsEveryDoorOfTheirApplicationAndTheSupplementPageOfACaseWaitingForDocuments()
      throws Exception {
    CaseNumber number = TrackingFixtures.aCaseAwaitingDocuments(context, "YOURS");
    String asked = LocalDate.now(clock).toString();
    String by =
        context
            .getBean(tw.civicdesk.calendar.WorkingCalendar.class)
            .dueDate(
                number.agency(),
                LocalDate.now(clock),
                tw.civicdesk.calendar.TimeLimit.calendarDays(7))
            .toString();
    for (boolean onPhone : List.of(false, true)) {
      phone = onPhone;
      if (onPhone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      for (String lang : List.of("zh-TW", "en")) {
        String at = lang + (onPhone ? " phone" : " desktop");
        browser.get(url("/?lang=" + lang));
        check("home " + at);
        for (String door : DOORS) {
          assertThat(browser.findElements(By.cssSelector(".doors a[href$='" + door + "']")))
              .as("home links " + door)
              .hasSize(1);
        }

        follow("header a[href$='/your-application']");
        assertThat(browser.getCurrentUrl()).endsWith("/your-application");
        check("your application " + at);
        for (String door : DOORS) {
          follow(".doors a[href$='" + door + "']");
          assertThat(browser.getCurrentUrl()).endsWith(door);
          check(door + " " + at);
          assertThat(
                  browser
                      .findElement(By.cssSelector("header a[href$='/your-application']"))
                      .getAttribute("aria-current"))
              .as("header marks " + door)
              .isEqualTo("page");
          browser.navigate().back();
        }

        browser.get(url("/track?number=" + number.value()));
        WebElement code = browser.findElement(By.id("code"));
        code.sendKeys(work.verificationCode(number));
        andWaitForNextPage(() -> code.sendKeys(Keys.ENTER));
        WebElement call = browser.findElement(By.cssSelector(".call-to-action"));
        assertThat(call.getText()).contains(asked, "戶籍謄本", "存摺封面影本", by);
        check("track, waiting for documents " + at);
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("arguments[0].scrollIntoView()", call);
        screenshot("your-application-track-" + lang + (onPhone ? "-phone" : "-desktop"));
        follow(".call-to-action a[href*='/supplements']");
        assertThat(browser.getCurrentUrl())
            .endsWith("/supplements?number=" + number.value())
            .doesNotContain(work.verificationCode(number));
        assertThat(browser.findElement(By.id("number")).getAttribute("value"))
            .isEqualTo(number.value());
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEmpty();
        check("supplement, number filled in " + at);

        follow("footer a[href$='/privacy']");
        assertThat(browser.findElement(By.tagName("main")).getText())
            .contains("180", lang.equals("en") ? "Article 3" : "第 3 條");
        check("privacy " + at);
        follow("footer a[href$='/accessibility']");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("WCAG", "2.1");
        check("accessibility " + at);
        follow("footer a[href$='/security']");
        check("security " + at);
      }
    }
  }
}
