// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.console.ConsoleHomeFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * Every role, in both languages, at desktop and phone size: the home shows the role's sections;
 * every navigation link opens (no 403 or 404 behind a link); the navigation is one row on a desktop
 * and collapses behind 「選單」 on a phone, opened with the keyboard; no username, agency code or role
 * constant is shown on the home or the audit page; axe-core finds nothing.
 */
@IntegrationTest
class ConsoleNavigationBrowserTests extends BrowserTest {

  private static final Map<Role, List<String>> SECTIONS =
      Map.of(
          Role.COUNTER_CLERK,
          List.of("counter"),
          Role.CASE_OFFICER,
          List.of("work"),
          Role.UNIT_HEAD,
          List.of("unit"),
          Role.QUALITY_OFFICER,
          List.of("quality"),
          Role.AGENCY_HEAD,
          List.of("agency"),
          Role.AGENCY_ADMIN,
          List.of("administration"),
          Role.SYSTEM_ADMIN,
          List.of("administration"));

  @Autowired ApplicationContext context;
  @Autowired AuditLog auditLog;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyWithCasesAndAuditEntries() {
    agency = TestOrganisation.from(context).agency("NAV", null);
    new ConsoleHomeFixtures(context).fill(agency);
    for (Role role : List.of(Role.CASE_OFFICER, Role.AGENCY_ADMIN)) {
      auditLog.record(
          new AuditEvent(
              agency.username(role),
              agency.code().value(),
              AuditEvent.STAFF_ACCOUNT_CHANGED,
              "STAFF",
              Long.toString(agency.as(role).id()),
              "fields=displayName"));
    }
  }

  @Test
  void everyRoleLandsOnItsHomeWithOnlyLinksItCanOpenInOneRowOrBehindAMenuOnAPhone()
      throws Exception {
    for (Role role : SECTIONS.keySet()) {
      browser.manage().deleteAllCookies();
      atDesktopSize();
      signIn(agency.username(role));
      for (String lang : List.of("zh-TW", "en")) {
        String page = role + " home " + lang;
        atDesktopSize();
        browser.get(url("/console?lang=" + lang));
        for (String section : SECTIONS.get(role)) {
          assertThat(browser.findElements(By.id(section)))
              .as(page + " shows " + section)
              .isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector(".console-nav.wide a[aria-current=page]")))
            .as(page + " marks the current link")
            .hasSize(1);
        assertEveryNavigationLinkOpens(page);
        assertThat(topsOfNavigationItems()).as(page + ": the navigation is one row").hasSize(1);
        assertAccessible(page);
        assertNoCodesShownBesideCaseNumbers(page);
        if (role == Role.CASE_OFFICER || role == Role.COUNTER_CLERK) {
          assertThat(browser.findElements(By.cssSelector("a[href='/console/services']")))
              .as(page + " lists no service catalogue")
              .isEmpty();
        }
        if (role == Role.COUNTER_CLERK) {
          assertThat(
                  browser
                      .findElement(By.cssSelector(".console-nav.wide a[href='/console/intake']"))
                      .isDisplayed())
              .isTrue();
        }

        atPhoneSize();
        browser.get(url("/console?lang=" + lang));
        assertThat(browser.findElement(By.cssSelector(".console-nav.wide")).isDisplayed())
            .as(page + ": no link row on a phone")
            .isFalse();
        assertThat(browser.findElement(By.cssSelector("header")).getRect().getHeight())
            .as(page + ": header height on a phone")
            .isLessThan(160);
        WebElement menu = browser.findElement(By.cssSelector(".console-menu > summary"));
        WebElement home = browser.findElement(By.cssSelector(".console-menu a[href='/console']"));
        assertThat(home.isDisplayed()).as(page + ": the menu starts closed").isFalse();
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", menu);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(home.isDisplayed()).as(page + ": Enter opens the menu").isTrue();
        assertAccessible(page + " phone, menu open");
        assertNoHorizontalScroll(page + " phone");
      }
    }
  }

  @Test
  void theAuditPageNamesStaffAndAgenciesInsteadOfUsernamesAndCodes() {
    for (Role role : List.of(Role.AGENCY_ADMIN, Role.QUALITY_OFFICER)) {
      browser.manage().deleteAllCookies();
      atDesktopSize();
      signIn(agency.username(role));
      for (String lang : List.of("zh-TW", "en")) {
        browser.get(url("/console/audit?lang=" + lang));
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains(agency.as(Role.CASE_OFFICER).displayName());
        assertNoCodesShownBesideCaseNumbers("audit " + lang);
        assertAccessible("audit " + role + " " + lang);
        atPhoneSize();
        assertNoHorizontalScroll("audit phone " + lang);
        atDesktopSize();
      }
    }
  }

  /** Usernames, the agency's code and role constants: none may be read on these pages. */
  private List<String> codes() {
    List<String> codes =
        new ArrayList<>(List.of(agency.code().value(), ConsoleHomeFixtures.SERVICE));
    for (Role role : Role.values()) {
      codes.add(agency.username(role));
      codes.add(role.name());
    }
    return codes;
  }

  /**
   * As {@link #assertNoCodesShown}, but the agency code is part of every case number, which people
   * read out: the case numbers are taken out of the page before looking (the page is reloaded
   * before it is used again).
   */
  private void assertNoCodesShownBesideCaseNumbers(String page) {
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelectorAll('.case-number').forEach(e => e.remove())");
    assertNoCodesShown(page, codes());
  }

  private static List<?> topsOfNavigationItems() {
    return (List<?>)
        ((JavascriptExecutor) browser)
            .executeScript(
                """
        return [...new Set([...document.querySelectorAll('.console-nav.wide > ul > li')]
          .map(li => Math.round(li.getBoundingClientRect().top)))];""");
  }

  /** Every link of the navigation (the administration entries too) answers 200. */
  private static void assertEveryNavigationLinkOpens(String page) {
    Object answers =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                """
        const done = arguments[arguments.length - 1];
        const links = [...document.querySelectorAll('.console-nav.wide a')]
          .map(a => a.getAttribute('href'));
        Promise.all(links.map(href => fetch(href, {redirect: 'manual'})
            .then(r => href + ' ' + r.status)))
          .then(done, e => done(['failed ' + e]));""");
    assertThat((List<?>) answers)
        .as(page + ": the navigation's links")
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.toString()).endsWith(" 200"));
  }
}
