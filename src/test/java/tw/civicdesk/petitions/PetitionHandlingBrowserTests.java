// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The staff intake page of petitions, the case page of a petition (with a likely duplicate), the
 * reply form with a template and its check page, and the public rating page: each walked at desktop
 * and phone size in both languages, with no WCAG 2.1 A/AA violation by axe-core, no sideways
 * scroll, and screenshots under {@code target/screenshots}.
 */
@IntegrationTest
class PetitionHandlingBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired ReplyTemplates templates;

  void check(String page, String name) throws IOException {
    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
        String label = name + " " + lang + (phone ? " phone" : " desktop");
        assertAccessible(label);
        assertNoHorizontalScroll(label);
        screenshot("petitions-" + name + "-" + lang + (phone ? "-phone" : "-desktop"));
      }
    }
    atDesktopSize();
  }

  @Test
  void theStaffPagesOfAPetitionAndThePublicRatingPagePassAxeInBothLanguagesAndSizes()
      throws IOException {
    PetitionHandling h = new PetitionHandling(context, "BRPET");
    templates.save(
        h.agency.as(Role.AGENCY_ADMIN),
        new ReplyTemplate(
            0,
            h.agency.code(),
            "roads",
            null,
            Locale.TAIWAN,
            "道路坑洞修補",
            "已派員於三日內修補坑洞。",
            "市區道路條例第 9 條。",
            "",
            true));
    CaseNumber first = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    h.file(
        CaseKind.FACILITY_REPORT,
        "street-light",
        new Place("礁溪路五段", "礁溪鄉", null, 24.8271, 121.7705, false),
        null,
        "路燈不亮",
        "路燈每晚都不亮。");
    h.inProgress(n);
    h.work.merge(h.agency.as(Role.CASE_OFFICER), new CaseCommand.Merge(first, 0, n));

    signIn(h.agency.username(Role.UNIT_HEAD));
    check("/console/intake/petitions", "intake-choose");
    check("/console/intake/petitions?kind=PETITION", "intake-form");
    browser.get(url("/console/intake/petitions?kind=PETITION&lang=en"));
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("main form button[type=submit]")).click());
    assertThat(browser.findElement(By.id("receivedOn")).getAttribute("aria-describedby"))
        .isEqualTo("receivedOn-error");
    assertAccessible("intake form with errors en");
    screenshot("petitions-intake-errors-en-desktop");

    check("/console/cases/" + n.value(), "case");
    assertThat(browser.findElement(By.id("particulars")).getText()).contains("路面坑洞");
    check("/console/petitions/" + n.value() + "/reply", "reply");
    browser.manage().deleteAllCookies();
    signIn(h.agency.username(Role.CASE_OFFICER));
    browser.get(url("/console/petitions/" + n.value() + "/reply?lang=zh-TW"));
    WebElement use = browser.findElement(By.cssSelector("#template-picker button"));
    andWaitForNextPage(use::click);
    assertThat(browser.findElement(By.id("handling")).getAttribute("value"))
        .isEqualTo("已派員於三日內修補坑洞。");
    WebElement go = browser.findElement(By.cssSelector("#reply-form button[type=submit]"));
    andWaitForNextPage(() -> go.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.id("composed")).getText()).contains("具體處理情形");
    assertAccessible("reply check zh-TW");
    screenshot("petitions-reply-check-zh-TW-desktop");
    andWaitForNextPage(() -> browser.findElement(By.id("confirm")).click());
    assertThat(browser.getCurrentUrl()).endsWith("/console/cases/" + n.value());

    browser.manage().deleteAllCookies();
    check("/petitions/rating?number=" + n.value(), "rating");
    browser.get(url("/petitions/rating?number=" + n.value() + "&lang=zh-TW"));
    browser.findElement(By.id("code")).sendKeys(h.work.verificationCode(n));
    browser.findElement(By.id("score-2")).click();
    browser.findElement(By.id("reopen")).click();
    WebElement send = browser.findElement(By.cssSelector("main form button[type=submit]"));
    andWaitForNextPage(send::click);
    assertThat(browser.findElement(By.id("thanks")).getText()).contains("2");
    assertAccessible("rating thanks zh-TW");
    screenshot("petitions-rating-thanks-zh-TW-desktop");
  }
}
